using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// An appointment and what is left to pay for it: where a payment-in-advance message (TRD104) lands. There is no
/// payment provider yet, so the page says how much is due and how to pay; it never pretends to take a payment.
/// </summary>
public sealed class AppointmentPaymentController(IPatientRepository patients, IPortalQueries queries, PortalFormat format) : PortalControllerBase(patients)
{
    [HttpGet("appointments/{id:guid}/payment")]
    public async Task<IActionResult> Payment(Guid id, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        if (await queries.FindAppointmentAsync(id, cancellationToken) is not { } appointment || appointment.PatientId != patient.Id)
        {
            return NotFoundPage("Appointment not found", "We could not find that appointment among yours. It may have been moved or cancelled.");
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
            format.PracticeName));
    }
}
