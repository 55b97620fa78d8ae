using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// An appointment and what is left to pay for it: where a payment-in-advance message (TRD104) lands, for the patient
/// or for the primary account holder who manages them (the page then says whose appointment it is). With a payment
/// provider, "Pay now" sends the signed-in patient to its page; the appointment shows as paid only once the
/// provider's signed notice has recorded the payment. Without one, the page says how to pay the practice.
/// </summary>
public sealed class AppointmentPaymentController(
    IPatientRepository patients,
    IPortalQueries queries,
    IPaymentRepository payments,
    OnlinePayments online,
    PaymentCheckout checkout,
    IPortalLinks links,
    PortalFormat format) : PortalControllerBase(patients)
{
    /// <summary>What the provider's page sends back in <c>?checkout=</c>.</summary>
    public const string Returned = "returned";
    public const string Cancelled = "cancelled";

    [HttpGet("appointments/{id:guid}/payment")]
    public async Task<IActionResult> Payment(Guid id, [FromQuery] string? checkout, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        if (await queries.FindAppointmentAsync(access, id, cancellationToken) is not { } appointment)
        {
            return NotFoundPage("Appointment not found", "We could not find that appointment among yours or your family's. It may have been moved or cancelled.");
        }

        return View(PatientPortalViews.AppointmentPayment, await PageAsync(access, appointment, checkout, cancellationToken));
    }

    /// <summary>"Pay now": a payment on the provider's page for what is due, then the browser goes there.</summary>
    [HttpPost("appointments/{id:guid}/pay")]
    public async Task<IActionResult> Pay(Guid id, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        // The same rule as the page: a primary account holder pays for the family members they manage.
        if (await queries.FindAppointmentAsync(access, id, cancellationToken) is not { } appointment)
        {
            return NotFoundPage("Appointment not found", "We could not find that appointment among yours or your family's. It may have been moved or cancelled.");
        }

        var page = links.AppointmentPaymentPath(appointment.Id);
        if (!online.Available || appointment.AmountDue <= 0)
        {
            return LocalRedirect(page);
        }

        var started = await checkout.StartAsync(
            appointment,
            access.SignedIn.Email,
            $"{appointment.ServiceName}, {format.When(appointment.Start)}",
            links.Absolute($"{page}?checkout={Returned}"),
            links.Absolute($"{page}?checkout={Cancelled}"),
            cancellationToken);
        if (!started.Succeeded)
        {
            var refused = View(PatientPortalViews.AppointmentPayment, await PageAsync(access, appointment, null, cancellationToken) with { CheckoutFailed = true });
            refused.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return refused;
        }

        // The provider's own page, on its own site: the one redirect here that is not a path on this site.
        return Redirect(started.Value!.RedirectUrl.AbsoluteUri);
    }

    private async Task<AppointmentPaymentPage> PageAsync(FamilyAccess access, PortalAppointment appointment, string? checkout, CancellationToken cancellationToken)
    {
        if (online.Provider is { } provider)
        {
            SecurityHeadersAttribute.AllowFormTarget(HttpContext, provider.PageOrigin);
        }

        var latest = appointment.Paid ? null : await payments.LatestForAppointmentAsync(appointment.Id, cancellationToken);
        return new AppointmentPaymentPage(
            appointment.ServiceName,
            format.When(appointment.Start),
            appointment.VideoConsultation,
            format.Money(appointment.Amount),
            appointment.Paid,
            appointment.PaymentDueInAdvance,
            format.Money(appointment.AmountDue),
            appointment.AmountDue == 0,
            format.PracticeName,
            FamilyMemberName.Of(access.Member(appointment.PatientId)))
        {
            PayOnline = online.Available && appointment.AmountDue > 0,
            PayPath = string.Format(System.Globalization.CultureInfo.InvariantCulture, PayPathFormat, appointment.Id),
            PaymentPath = links.AppointmentPaymentPath(appointment.Id),
            Checkout = checkout switch
            {
                Returned => CheckoutReturn.Returned,
                Cancelled => CheckoutReturn.Cancelled,
                _ => CheckoutReturn.None,
            },
            PaymentNeedsAttention = latest is { Outcome: not PaymentOutcome.Settled } ? format.Money(latest.Amount) : null,
        };
    }

    private static readonly System.Text.CompositeFormat PayPathFormat = System.Text.CompositeFormat.Parse(PatientPortalRoutes.AppointmentPayPage);
}
