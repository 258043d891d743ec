using Microsoft.Extensions.Options;

namespace BriefBot.Core.Storage;

[OptionsValidator]
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
