using Microsoft.Extensions.Options;

namespace BriefBot.Core.Matching;

[OptionsValidator]
public sealed partial class MatchingOptionsValidator : IValidateOptions<MatchingOptions>;
