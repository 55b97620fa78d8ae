using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

public sealed class ListTemplateTokensController(TemplatePreviewService previews) : TemplateControllerBase
{
    /// <summary>The token picker: with <c>purpose</c>, the tokens that purpose allows; without, every token and where it may be used.</summary>
    [HttpGet("templates/tokens")]
    [ProducesResponseType<IReadOnlyList<TokenResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List([FromQuery] TemplatePurpose? purpose, CancellationToken cancellationToken) =>
        Ok((await previews.TokensAsync(purpose, cancellationToken)).Select(TokenResponse.From).ToList());
}
