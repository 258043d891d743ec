using BriefBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Postgres;

[OptionsValidator]
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
