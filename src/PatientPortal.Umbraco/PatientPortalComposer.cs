using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace PatientPortal.Umbraco;

/// <summary>
/// Umbraco finds this composer in any referenced assembly that references Umbraco, so installing the
/// package is enough to wire PatientPortal into the site.
/// </summary>
public sealed class PatientPortalComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder) => builder.AddPatientPortal();
}
