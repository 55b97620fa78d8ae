using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// An appointment and what is left to pay for it: where a payment-in-advance message (TRD104) lands, for the patient
/// or for the primary account holder who manages them (the page then says whose appointment it is). There is no
/// payment provider yet, so the page says how much is due and how to pay; it never pretends to take a payment.
/// </summary>
public sealed class AppointmentPaymentController(IPatientRepository patients, IPortalQueries queries, PortalFormat format) : PortalControllerBase(patients)
{
    [HttpGet("appointments/{id:guid}/payment")]
    public async Task<IActionResult> Payment(Guid id, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        if (await queries.FindAppointmentAsync(access, id, cancellationToken) is not { } appointment)
        {
            return NotFoundPage("Appointment not found", "We could not find that appointment among yours or your family's. It may have been moved or cancelled.");
        }

        return View(PatientPortalViews.AppointmentPayment, new AppointmentPaymentPage(
            appointment.ServiceName,
            format.When(appointment.Start),
            appointment.VideoConsultation,
            format.Money(appointment.Amount),
            appointment.Paid,
            appointment.PaymentDueInAdvance,
            format.Money(appointment.AmountDue),
            appointment.AmountDue == 0,
            format.PracticeName,
            FamilyMemberName.Of(access.Member(appointment.PatientId))));
    }
}
