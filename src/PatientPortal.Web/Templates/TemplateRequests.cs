using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

/// <param name="ExpectedVersion">The version the text was edited from (from GET); a newer one on the server answers 409.</param>
public sealed record SaveTemplateRequest(string? Subject, string? Body, int? ExpectedVersion)
{
    public SaveTemplateCommand ToCommand() => new(Subject, Body, ExpectedVersion);
}

/// <param name="ExpectedVersion">Optional: the version the editor shows; a newer one on the server answers 409.</param>
public sealed record RevertTemplateRequest(int? ExpectedVersion);

/// <param name="Subject">Unsaved subject to preview; null for the stored one.</param>
/// <param name="Body">Unsaved body to preview; null for the stored one.</param>
/// <param name="PatientId">Preview for this patient; null for a sample patient without an account.</param>
public sealed record PreviewTemplateRequest(string? Subject, string? Body, Guid? PatientId)
{
    public PreviewTemplateCommand ToCommand() => new(Subject, Body, PatientId);
}
