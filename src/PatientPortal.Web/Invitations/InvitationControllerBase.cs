using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Invitations;

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Invitations")]
public abstract class InvitationControllerBase : ManagementApiControllerBase;
