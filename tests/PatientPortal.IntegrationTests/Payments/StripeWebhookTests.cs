using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Payments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Payments;

/// <summary>Stripe's <c>checkout.session.completed</c> webhook: only a notice signed with the endpoint's secret changes anything.</summary>
public sealed class StripeWebhookTests(StripePortalFactory portal) : IClassFixture<StripePortalFactory>
{
    [Fact]
    public async Task ASignedCompletedCheckout_RecordsThePayment_AndMarksTheAppointmentPaid()
    {
        var (_, patientId, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var session = StripeServer.NewSessionId();
        var before = DateTimeOffset.UtcNow;

        await portal.PaidAsync(session, appointmentId);

        var payment = Assert.Single(await portal.PaymentsForAsync(appointmentId));
        Assert.Equal(("Stripe", session, patientId, 70.00m, "GBP", (decimal?)70.00m, PaymentOutcome.Settled),
            (payment.Provider, payment.ProviderReference, payment.PatientId, payment.Amount, payment.Currency, payment.AmountDue, payment.Outcome));
        Assert.InRange(payment.ReceivedAt, before, DateTimeOffset.UtcNow);
        Assert.True(await portal.IsPaidAsync(appointmentId));
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(entry => entry.SubjectId == appointmentId && entry.Action == "payment.received")));
    }

    [Fact]
    public async Task TheSameNotice_SentAgain_OrAnotherEventForTheSameSession_ChangesNothing()
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var session = StripeServer.NewSessionId();
        var payload = StripeServer.Event(session, appointmentId, 7000);
        var signature = StripeServer.Sign(payload, DateTimeOffset.UtcNow);

        var answers = new List<HttpStatusCode>();
        foreach (var (body, header) in new[] { (payload, signature), (payload, signature) })
        {
            using var response = await portal.PostNoticeAsync(body, header);
            answers.Add(response.StatusCode);
        }

        var retried = StripeServer.Event(session, appointmentId, 7000, type: "checkout.session.async_payment_succeeded");
        using (var response = await portal.PostNoticeAsync(retried, StripeServer.Sign(retried, DateTimeOffset.UtcNow)))
        {
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Single(await portal.PaymentsForAsync(appointmentId));
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(entry => entry.SubjectId == appointmentId)));
    }

    [Fact]
    public async Task ReplayedNotices_ArrivingAtOnce_RecordOnePayment()
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var payload = StripeServer.Event(StripeServer.NewSessionId(), appointmentId, 7000);
        var signature = StripeServer.Sign(payload, DateTimeOffset.UtcNow);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await portal.PostNoticeAsync(payload, signature);
            return response.StatusCode;
        }));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Single(await portal.PaymentsForAsync(appointmentId));
    }

    public static TheoryData<string> Refused => new() { "unsigned", "tampered", "wrong secret", "too old", "not a signature" };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ANoticeNotSignedByStripeForThisBody_IsRefused_AndChangesNothing(string how)
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var payload = StripeServer.Event(StripeServer.NewSessionId(), appointmentId, 7000);
        var (body, signature) = how switch
        {
            "unsigned" => (payload, (string?)null),
            // Signed for a penny, then the amount changed to what is due.
            "tampered" => (payload, StripeServer.Sign(payload.Replace("\"amount_total\":7000", "\"amount_total\":1", StringComparison.Ordinal), DateTimeOffset.UtcNow)),
            "wrong secret" => (payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow, "whsec_someone_else")),
            "too old" => (payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow.AddMinutes(-6))),
            _ => (payload, "t=1,v1=00"),
        };

        using var response = await portal.PostNoticeAsync(body, signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await portal.PaymentsForAsync(appointmentId));
        Assert.False(await portal.IsPaidAsync(appointmentId));
    }

    [Fact]
    public async Task APaymentForAnUnknownAppointment_IsRecordedForReconciling_AndAnswered()
    {
        var unknown = Guid.NewGuid();
        var session = StripeServer.NewSessionId();

        await portal.PaidAsync(session, unknown);

        var payment = Assert.Single(await portal.PaymentsForAsync(unknown));
        Assert.Equal((PaymentOutcome.UnknownAppointment, (Guid?)null, (decimal?)null, session), (payment.Outcome, payment.PatientId, payment.AmountDue, payment.ProviderReference));
    }

    [Theory]
    [InlineData(6999, "gbp")]
    [InlineData(7000, "eur")]
    public async Task APaymentOfAnotherAmountOrCurrency_IsRecordedAsAMismatch_AndTheAppointmentStaysUnpaid(long amount, string currency)
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var payload = StripeServer.Event(StripeServer.NewSessionId(), appointmentId, amount, currency);

        using var response = await portal.PostNoticeAsync(payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = Assert.Single(await portal.PaymentsForAsync(appointmentId));
        Assert.Equal((PaymentOutcome.AmountMismatch, amount / 100m, currency.ToUpperInvariant(), (decimal?)70m), (payment.Outcome, payment.Amount, payment.Currency, payment.AmountDue));
        Assert.False(await portal.IsPaidAsync(appointmentId));
        var page = await PaymentScenario.PageAsync(await portal.SignedInAsync(email), $"/patient-portal/appointments/{appointmentId}/payment");
        Assert.Contains($"We received a payment of {(currency == "gbp" ? "£69.99" : "£70.00")} for this appointment", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"payment-state\">Not paid yet</dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Payment received", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondPaymentForAnAppointmentAlreadyPaid_IsRecordedAsSuch()
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        await portal.PaidAsync(StripeServer.NewSessionId(), appointmentId);

        await portal.PaidAsync(StripeServer.NewSessionId(), appointmentId);

        var outcomes = (await portal.PaymentsForAsync(appointmentId)).OrderBy(payment => payment.ReceivedAt).Select(payment => payment.Outcome);
        Assert.Equal([PaymentOutcome.Settled, PaymentOutcome.AlreadyPaid], outcomes);
    }

    [Theory]
    [InlineData("checkout.session.completed", "unpaid")]
    [InlineData("checkout.session.expired", "unpaid")]
    [InlineData("payment_intent.created", "paid")]
    public async Task SignedEventsThatConfirmNoPayment_AreAnswered_AndChangeNothing(string type, string paymentStatus)
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var payload = StripeServer.Event(StripeServer.NewSessionId(), appointmentId, 7000, paymentStatus: paymentStatus, type: type);

        using var response = await portal.PostNoticeAsync(payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await portal.PaymentsForAsync(appointmentId));
        Assert.False(await portal.IsPaidAsync(appointmentId));
    }
}
