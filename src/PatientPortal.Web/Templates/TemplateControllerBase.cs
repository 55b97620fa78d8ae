using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.Templates;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Templates;

/// <summary>Message templates: <c>{purpose}</c> is a <see cref="TemplatePurpose"/> name, <c>{channel}</c> Email or Sms.</summary>
[Authorize(Policy = PatientPortalPolicies.Templates)]
[Tags("Message templates")]
public abstract class TemplateControllerBase : ManagementApiControllerBase
{
    protected const string Route = "templates/{purpose}/{channel}";

    protected IActionResult ToResponse(Result<MessageTemplate> result) =>
        result.Succeeded ? Ok(TemplateResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
}
