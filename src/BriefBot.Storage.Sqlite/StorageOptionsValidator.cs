using BriefBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefBot.Storage.Sqlite;

[OptionsValidator]
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
