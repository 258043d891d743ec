using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge;

[OptionsValidator]
public sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
