using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge.Learned;

[OptionsValidator]
public sealed partial class LearnedOptionsValidator : IValidateOptions<LearnedOptions>;
