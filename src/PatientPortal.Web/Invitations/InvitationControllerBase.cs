using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

[Tags("Invitations")]
public abstract class InvitationControllerBase : ManagementApiControllerBase;
