using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations.Funnel;

/// <summary>Days on the practice's calendar: London's, with its clock changes, unless a test says otherwise.</summary>
public sealed class InvitationFunnelReportTests
{
    private readonly FakeTimeProvider _time = new(TestPractice.Now);
    private readonly Mock<IInvitationFunnelSource> _source = new();
    private FunnelFilter? _asked;

    public InvitationFunnelReportTests() => Answer();

    [Fact]
    public void StartOfDay_InSummer_IsAnHourBeforeMidnightUtc()
    {
        var clock = TestPractice.Clock(_time);

        Assert.Equal(new DateTimeOffset(2026, 6, 14, 23, 0, 0, TimeSpan.Zero), clock.StartOfDay(new DateOnly(2026, 6, 15)));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), clock.StartOfDay(new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void StartOfDay_WhereMidnightIsSkipped_IsTheFirstTimeThatExists()
    {
        // Santiago springs forward at 00:00 on 6 September 2026 (to 01:00, UTC-3).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), PracticeClock.StartOfDay(new DateOnly(2026, 9, 6), santiago));
    }

    [Fact]
    public void StartOfDay_WhereMidnightHappensTwice_IsTheFirstTime()
    {
        // Havana falls back at 01:00 to 00:00 on 1 November 2026: midnight comes at 04:00 UTC (UTC-4) and again at 05:00 (UTC-5).
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), PracticeClock.StartOfDay(new DateOnly(2026, 11, 1), havana));
    }

    [Fact]
    public async Task AnInvitationAt2330UtcInSummer_CountsOnTheNextLocalDay()
    {
        // 23:30 UTC on 10 June is 00:30 BST on 11 June.
        Answer(Sent(new DateTimeOffset(2026, 6, 10, 23, 30, 0, TimeSpan.Zero)), Sent(new DateTimeOffset(2026, 6, 10, 22, 59, 59, TimeSpan.Zero)));

        var funnel = await GetAsync(new FunnelQuery(new DateOnly(2026, 6, 10), new DateOnly(2026, 6, 11)));

        Assert.Equal([1, 1], funnel.Days.Select(day => day.Counts.Sent));
        Assert.Equal(2, funnel.Totals.Sent);
    }

    [Fact]
    public async Task AnInvitationAt2330UtcInWinter_CountsOnTheSameDay()
    {
        Answer(Sent(new DateTimeOffset(2026, 1, 10, 23, 30, 0, TimeSpan.Zero)));

        var funnel = await GetAsync(new FunnelQuery(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 11)));

        Assert.Equal([1, 0], funnel.Days.Select(day => day.Counts.Sent));
    }

    [Fact]
    public async Task TheDaysOfTheClockChanges_Are23And25HoursLong()
    {
        // 29 March 2026 (BST starts at 01:00 UTC) runs 00:00–23:00 UTC; 25 October (BST ends) runs 23:00 UTC the day before to 00:00 UTC the day after.
        Answer(
            Sent(new DateTimeOffset(2026, 3, 28, 23, 59, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 3, 29, 22, 59, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 3, 29, 23, 0, 0, TimeSpan.Zero)));

        var spring = await GetAsync(new FunnelQuery(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 30)));

        Assert.Equal([1, 2, 1], spring.Days.Select(day => day.Counts.Sent));
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero), _asked!.CreatedFrom);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 23, 0, 0, TimeSpan.Zero), _asked.CreatedBefore);

        Answer(
            Sent(new DateTimeOffset(2026, 10, 24, 22, 59, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 10, 25, 23, 59, 0, TimeSpan.Zero)),
            Sent(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero)));

        var autumn = await GetAsync(new FunnelQuery(new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 26)));

        Assert.Equal([1, 2, 1], autumn.Days.Select(day => day.Counts.Sent));
    }

    [Fact]
    public async Task EachDay_CountsItsInvitationsByStage_AndTheTotalsAndRatesCoverTheRange()
    {
        var day1 = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var day3 = new DateTimeOffset(2026, 6, 3, 9, 0, 0, TimeSpan.Zero);
        Answer(
            new FunnelInvitation(day1, false, false, false, false, false),
            new FunnelInvitation(day1, true, false, false, false, false),
            new FunnelInvitation(day1, true, false, true, false, false),
            new FunnelInvitation(day1, true, true, false, true, false),
            new FunnelInvitation(day3, true, false, true, true, true));

        var funnel = await GetAsync(new FunnelQuery(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 3)));

        Assert.Equal(
            [
                new FunnelDay(new DateOnly(2026, 6, 1), new FunnelCounts(4, 3, 2, 1, 0)),
                new FunnelDay(new DateOnly(2026, 6, 2), FunnelCounts.Zero),
                new FunnelDay(new DateOnly(2026, 6, 3), new FunnelCounts(1, 1, 1, 1, 1)),
            ],
            funnel.Days);
        Assert.Equal(new FunnelCounts(5, 4, 3, 2, 1), funnel.Totals);
        Assert.Equal(new FunnelRates(75, 66.7, 50, 25), funnel.Rates);
        Assert.Equal("Europe/London", funnel.TimeZone);
    }

    [Fact]
    public async Task ByDefault_TheLastThirtyPracticeDays_AreAskedFor()
    {
        var funnel = await GetAsync(new FunnelQuery());

        Assert.Equal(new FunnelRange(new DateOnly(2026, 5, 17), TestPractice.Today), funnel.Range);
        Assert.Equal(30, funnel.Days.Count);
        Assert.Equal(new DateTimeOffset(2026, 5, 16, 23, 0, 0, TimeSpan.Zero), _asked!.CreatedFrom);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 23, 0, 0, TimeSpan.Zero), _asked.CreatedBefore);
    }

    [Fact]
    public async Task APurposeAndARun_AreHandedToTheSource()
    {
        var batchId = Guid.NewGuid();

        var funnel = await GetAsync(new FunnelQuery(Purpose: InvitationPurpose.Recall, BatchId: batchId));

        Assert.Equal(InvitationPurpose.Recall, _asked!.Purpose);
        Assert.Equal(batchId, _asked.BatchId);
        Assert.Equal(InvitationPurpose.Recall, funnel.Purpose);
    }

    [Fact]
    public async Task ABadRange_AsksTheDatabaseNothing()
    {
        var result = await Report().GetAsync(new FunnelQuery(new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1)), CancellationToken.None);

        ResultAssert.InvalidOn(result, "from");
        _source.VerifyNoOtherCalls();
    }

    private async Task<InvitationFunnel> GetAsync(FunnelQuery query) =>
        ResultAssert.Succeeded(await Report().GetAsync(query, CancellationToken.None));

    private InvitationFunnelReport Report() => new(_source.Object, TestPractice.Clock(_time));

    private void Answer(params FunnelInvitation[] invitations)
    {
        _source.Reset();
        _source.Setup(source => source.ListAsync(It.IsAny<FunnelFilter>(), It.IsAny<CancellationToken>()))
            .Callback<FunnelFilter, CancellationToken>((filter, _) => _asked = filter)
            .ReturnsAsync(invitations);
    }

    private static FunnelInvitation Sent(DateTimeOffset at) => new(at, MessageSent: true, MessageDelivered: false, EmailSent: false, Opened: false, Completed: false);
}
