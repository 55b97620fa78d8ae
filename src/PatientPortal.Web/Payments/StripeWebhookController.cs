using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Payments;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Payments;

/// <summary>
/// Stripe's notices (a public endpoint: no session, no antiforgery; the signature is the proof). Only a notice
/// Stripe.net's check accepts changes anything; the raw body is read as sent, since the signature covers its bytes.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[SecurityHeaders]
[RequestSizeLimit(PublicApiControllerBase.MaxBodyBytes)]
public sealed class StripeWebhookController(OnlinePayments online, PaymentConfirmations confirmations) : ControllerBase
{
    [HttpPost(PatientPortalRoutes.StripeWebhook)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        if (online.Provider is not { } provider)
        {
            return NotFound();
        }

        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var notice = provider.ReadNotice(payload, Request.Headers["Stripe-Signature"].ToString());
        if (!notice.Succeeded)
        {
            return this.ToProblem(notice.Failure!);
        }

        if (notice.Value!.Payment is { } payment)
        {
            await confirmations.RecordAsync(payment, provider.Currency, cancellationToken);
        }

        // Stripe retries until it gets a 2xx: a payment kept for staff to reconcile is handled, not refused.
        return Ok();
    }
}
