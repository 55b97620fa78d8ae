using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class GenerateInviteCodeController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>
    /// A strong invite code no chargeband uses: 10 characters from letters and digits nobody confuses (no 0/O,
    /// 1/I/L). Nothing is saved: put it in the online settings to use it.
    /// </summary>
    [HttpGet("chargebands/generated-invite-code")]
    [ProducesResponseType<GeneratedInviteCodeResponse>(StatusCodes.Status200OK)]
    public async Task<GeneratedInviteCodeResponse> Generate(CancellationToken cancellationToken) =>
        new((await chargebands.GenerateInviteCodeAsync(cancellationToken)).Value);
}
