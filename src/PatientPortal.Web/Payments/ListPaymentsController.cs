using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Payments;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Payments;

/// <param name="AmountDue">What the appointment asked for when the payment arrived; null for an unknown appointment.</param>
/// <param name="Outcome">Settled (the appointment is paid), AmountMismatch, UnknownAppointment or AlreadyPaid: the last three need a look.</param>
public sealed record PaymentResponse(
    Guid Id, string Provider, string ProviderReference, Guid? AppointmentId, Guid? PatientId,
    decimal Amount, string Currency, decimal? AmountDue,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PaymentOutcome>))] PaymentOutcome Outcome, DateTimeOffset ReceivedAt)
{
    public static PaymentResponse From(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(payment.Id, payment.Provider, payment.ProviderReference, payment.AppointmentId, payment.PatientId,
            payment.Amount, payment.Currency, payment.AmountDue, payment.Outcome, payment.ReceivedAt);
    }
}

public sealed record PaymentListResponse(IReadOnlyList<PaymentResponse> Items, int Total, int Skip, int Take);

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Payments")]
public sealed class ListPaymentsController(IPaymentRepository payments) : ManagementApiControllerBase
{
    /// <summary>
    /// Payments taken online, oldest first, for the practice-management system to reconcile: those received at or
    /// after <paramref name="since"/>, or of one appointment; paged.
    /// </summary>
    [HttpGet("payments")]
    [ProducesResponseType<PaymentListResponse>(StatusCodes.Status200OK)]
    public async Task<PaymentListResponse> List(
        [FromQuery] DateTimeOffset? since, [FromQuery] Guid? appointmentId, [FromQuery] int skip = 0, [FromQuery] int take = 100, CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 1000);
        var page = await payments.ListAsync(new PaymentFilter(since, appointmentId), skip, take, cancellationToken);
        return new PaymentListResponse(page.Items.Select(PaymentResponse.From).ToList(), page.Total, skip, take);
    }
}
