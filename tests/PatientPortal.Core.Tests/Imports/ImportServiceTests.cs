using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Members;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Imports;

public sealed class ImportServiceTests
{
    private const string Admin = "admin@practice.example";
    private readonly InMemoryImportStore _store = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly Mock<IAppointmentsChanged> _listener = new();
    private readonly Guid _patientId = Guid.NewGuid();
    private readonly ImportService _imports;

    public ImportServiceTests()
    {
        _store.Patients.Add(_patientId);
        _unitOfWork.Setup(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>())).Callback(_store.Save).Returns(Task.CompletedTask);
        _imports = new ImportService(_store, _unitOfWork.Object, _audit.Object, [_listener.Object], TestPractice.Clock(new FakeTimeProvider(TestPractice.Now)), NullLogger<ImportService>.Instance);
    }

    [Fact]
    public async Task Services_ImportedTwice_AreCreatedThenUnchanged()
    {
        var rows = Rows(new ServiceRow("S1", "Blood test", 10, 40m), new ServiceRow("S2", " Physio ", 45, 95m, true));

        var first = ResultAssert.Succeeded(await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None));
        var second = ResultAssert.Succeeded(await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None));

        Assert.Equal((2, 0, 0, 0), (first.Created, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal((0, 0, 2, 0), (second.Created, second.Updated, second.Unchanged, second.Rejected));
        Assert.Equal("Physio", _store.Services.Single(service => service.ExternalId == "S2").Name);
    }

    [Fact]
    public async Task AServiceWithNewDetails_IsUpdated()
    {
        _store.Services.Add(Service.Create("Blood test", 10, 40m, bookableOnline: false, TestPractice.Now, "S1"));

        var report = ResultAssert.Succeeded(await _imports.ImportServicesAsync(Rows(new ServiceRow("S1", "Blood test", 10, 45m)), Admin, CancellationToken.None));

        Assert.Equal(1, report.Updated);
        Assert.Equal(45m, _store.Services.Single().Price);
    }

    [Fact]
    public async Task EveryRuleARowBreaks_IsReported_WithTheFieldAndTheRowNumber()
    {
        var rows = Rows(new ServiceRow(" ", new string('x', 201), 0, -1m), new ServiceRow(new string('s', 101), "Ok", 10, 1.005m));

        var report = ResultAssert.Succeeded(await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None));

        Assert.Equal(2, report.Rejected);
        Assert.Equal(
            [
                new ImportFieldError("externalId", "externalId is required."),
                new ImportFieldError("name", "name is 201 characters long; at most 200 are allowed."),
                new ImportFieldError("durationMinutes", "durationMinutes must be between 1 and 1440."),
                new ImportFieldError("price", "price cannot be negative."),
            ],
            report.RejectedRows[0].Errors);
        Assert.Equal(
            [
                new ImportFieldError("externalId", "externalId is 101 characters long; at most 100 are allowed."),
                new ImportFieldError("price", "price has more than two decimal places."),
            ],
            report.RejectedRows[1].Errors);
        Assert.Equal([1, 2], report.RejectedRows.Select(row => row.Row));
        Assert.Empty(_store.Services);
    }

    [Fact]
    public async Task RowsSharingAnExternalId_AreAllRejected_AndTheOthersSaved()
    {
        var rows = Rows(new ServiceRow("S1", "A", 10, 1m), new ServiceRow("S2", "B", 10, 1m), new ServiceRow("S1", "C", 10, 1m));

        var report = ResultAssert.Succeeded(await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None));

        Assert.Equal((1, 2), (report.Created, report.Rejected));
        Assert.All(report.RejectedRows, row => Assert.Equal(
            new ImportFieldError("externalId", "External id 'S1' is on more than one row of this import (rows 1, 3); each row needs its own."),
            Assert.Single(row.Errors)));
        Assert.Equal("B", Assert.Single(_store.Services).Name);
    }

    [Fact]
    public async Task AMemberPortalBaseUrl_MustBeAnAbsoluteWebAddressWithoutQuery()
    {
        var rows = Rows(
            new MemberPortalRow("P1", "Relative", "/acme"),
            new MemberPortalRow("P2", "Ftp", "ftp://acme.example.org/"),
            new MemberPortalRow("P3", "Query", "https://acme.example.org/?a=1"),
            new MemberPortalRow("P4", "Good", "https://acme.example.org/portal/"));

        var report = ResultAssert.Succeeded(await _imports.ImportMemberPortalsAsync(rows, Admin, CancellationToken.None));

        Assert.Equal((1, 3), (report.Created, report.Rejected));
        Assert.Equal(["baseUrl"], report.RejectedRows.SelectMany(row => row.Errors).Select(error => error.Field).Distinct());
        Assert.Equal("https://acme.example.org/portal/", Assert.Single(_store.MemberPortals).BaseUrl);
    }

    [Fact]
    public async Task AMember_IsConnectedToItsPortalByExternalId_AndAnUnknownPortalIsRejected()
    {
        var memberPortal = MemberPortal.Create("P1", "Acme portal", "https://acme.example.org/", TestPractice.Now);
        _store.MemberPortals.Add(memberPortal);

        var report = ResultAssert.Succeeded(await _imports.ImportMembersAsync(Rows(new MemberRow("M1", "Acme", "P1"), new MemberRow("M2", "Other", "P9")), Admin, CancellationToken.None));

        Assert.Equal((1, 1), (report.Created, report.Rejected));
        Assert.Equal(memberPortal.Id, Assert.Single(_store.Members).MemberPortalId);
        Assert.Equal(new ImportFieldError("memberPortalExternalId", "There is no member portal with external id 'P9'. Import the member portals first."), Assert.Single(report.RejectedRows[0].Errors));
    }

    [Fact]
    public async Task Appointments_ReferToServicesAndMembersByExternalId_AndPatientsById()
    {
        var service = AddService("S1");
        var member = Member.Create("M1", "Acme", null, TestPractice.Now);
        _store.Members.Add(member);
        var rows = Rows(
            Appointment("A1", memberExternalId: "M1"),
            Appointment("A2", serviceExternalId: "S9"),
            Appointment("A3", memberExternalId: "M9"),
            Appointment("A4", patientId: Guid.NewGuid()));

        var report = ResultAssert.Succeeded(await _imports.ImportAppointmentsAsync(rows, Admin, CancellationToken.None));

        var created = Assert.Single(_store.Appointments);
        Assert.Equal((service.Id, member.Id, _patientId), (created.ServiceId, created.MemberId, created.PatientId));
        Assert.Equal(
            ["serviceExternalId", "memberExternalId", "patientId"],
            report.RejectedRows.Select(row => Assert.Single(row.Errors).Field));
    }

    [Fact]
    public async Task AnAppointmentTimeWithoutOffset_IsOnThePracticesWallClock()
    {
        AddService("S1");

        ResultAssert.Succeeded(await _imports.ImportAppointmentsAsync(Rows(Appointment("A1", start: "2026-07-01 09:30"), Appointment("A2", start: "2026-12-01T09:30")), Admin, CancellationToken.None));

        // London: summer time in July (UTC+1), GMT in December.
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.Zero), _store.Appointments[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), _store.Appointments[1].Start);
    }

    [Fact]
    public async Task TheListener_HearsOfCreatedAndChangedAppointments_NotOfUnchangedOnes()
    {
        AddService("S1");
        await _imports.ImportAppointmentsAsync(Rows(Appointment("A1"), Appointment("A2")), Admin, CancellationToken.None);
        var ids = _store.Appointments.ToDictionary(appointment => appointment.ExternalId!, appointment => appointment.Id);
        _listener.Invocations.Clear();

        await _imports.ImportAppointmentsAsync(Rows(Appointment("A1"), Appointment("A2")), Admin, CancellationToken.None);
        _listener.Verify(listener => listener.AppointmentsChangedAsync(It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>()), Times.Never);

        await _imports.ImportAppointmentsAsync(Rows(Appointment("A1", paid: true), Appointment("A2")), Admin, CancellationToken.None);
        _listener.Verify(listener => listener.AppointmentsChangedAsync(It.Is<IReadOnlyCollection<Guid>>(changed => changed.SequenceEqual(new[] { ids["A1"] })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AFailingListener_DoesNotUndoTheCommittedImport()
    {
        AddService("S1");
        _listener.Setup(listener => listener.AppointmentsChangedAsync(It.IsAny<IReadOnlyCollection<Guid>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("queue down"));

        var report = ResultAssert.Succeeded(await _imports.ImportAppointmentsAsync(Rows(Appointment("A1")), Admin, CancellationToken.None));

        Assert.Equal(1, report.Created);
        Assert.Single(_store.Appointments);
    }

    [Fact]
    public async Task ARecallMovedToAnotherDate_IsUpdated()
    {
        AddService("S1");
        var first = new RecallRow("R1", _patientId, "S1", new DateOnly(2026, 7, 1));
        await _imports.ImportRecallsAsync(Rows(first), Admin, CancellationToken.None);

        var report = ResultAssert.Succeeded(await _imports.ImportRecallsAsync(Rows(first with { DueDate = new DateOnly(2026, 8, 1) }), Admin, CancellationToken.None));

        Assert.Equal(1, report.Updated);
        Assert.Equal(new DateOnly(2026, 8, 1), Assert.Single(_store.Recalls).DueDate);
    }

    [Fact]
    public async Task ABatchOverTheLimit_IsInvalid_AndTouchesNothing()
    {
        var rows = Rows(Enumerable.Range(0, ImportService.MaxRows + 1).Select(index => new ServiceRow($"S{index}", "A", 10, 1m)).ToArray());

        var result = await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None);

        ResultAssert.InvalidOn(result, "rows");
        _unitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
        Assert.Empty(_store.Added);
    }

    [Fact]
    public async Task EveryImport_IsAudited_WithTheCounts_EvenWhenEveryRowIsRejected()
    {
        await _imports.ImportServicesAsync(Rows(new ServiceRow(null, null, null, null)), Admin, CancellationToken.None);

        _audit.Verify(audit => audit.Record(Admin, "import.services", "import", null, "1 rows: 0 created, 0 updated, 0 unchanged, 1 rejected"), Times.Once);
        _unitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AConcurrentImportOfTheSameExternalIds_IsAConflictToRetry()
    {
        _unitOfWork.Setup(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new UniqueConstraintViolationException());

        var result = await _imports.ImportServicesAsync(Rows(new ServiceRow("S1", "A", 10, 1m)), Admin, CancellationToken.None);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.Contains("repeating it is safe", result.Failure!.Title, StringComparison.Ordinal);
    }

    private static List<ImportRow<T>> Rows<T>(params T[] rows) => rows.Select((row, index) => new ImportRow<T>(index + 1, row)).ToList();

    private Service AddService(string externalId)
    {
        var service = Service.Create("Video GP consultation", 15, 70m, bookableOnline: true, TestPractice.Now, externalId);
        _store.Services.Add(service);
        return service;
    }

    private AppointmentRow Appointment(string externalId, string serviceExternalId = "S1", string? memberExternalId = null, Guid? patientId = null, string start = "2026-07-01T09:30:00+01:00", bool paid = false) =>
        new(externalId, patientId ?? _patientId, serviceExternalId, start, 70m, VideoConsultation: true, BookedOffline: true, PaymentMandatory: true, Paid: paid, MemberExternalId: memberExternalId);

    [Fact]
    public async Task ANameWithAHiddenCharacter_IsRejected_WithTheCodePoint()
    {
        var rows = Rows(new ServiceRow("S1", "Blood\u202E test", 10, 40m), new ServiceRow("S2", "Physio\u200B", 45, 95m), new ServiceRow("S3", "Dental\u0000", 45, 95m));

        var report = ResultAssert.Succeeded(await _imports.ImportServicesAsync(rows, Admin, CancellationToken.None));

        Assert.Equal(3, report.Rejected);
        Assert.Equal(
            new ImportFieldError("name", "name contains U+202E, a control, format or zero-width character that cannot be seen. Remove it in the practice-management system."),
            Assert.Single(report.RejectedRows[0].Errors));
        Assert.Equal(["name"], report.RejectedRows.SelectMany(row => row.Errors).Select(error => error.Field).Distinct());
        Assert.Empty(_store.Services);
    }

    [Fact]
    public async Task AMemberOrMemberPortalNameWithAHiddenCharacter_IsRejected()
    {
        var portals = ResultAssert.Succeeded(await _imports.ImportMemberPortalsAsync(Rows(new MemberPortalRow("P1", "Acme\u2060", "https://acme.example.org/")), Admin, CancellationToken.None));
        var members = ResultAssert.Succeeded(await _imports.ImportMembersAsync(Rows(new MemberRow("M1", "\uFEFFAcme")), Admin, CancellationToken.None));

        Assert.Equal((1, 1), (portals.Rejected, members.Rejected));
        Assert.Empty(_store.MemberPortals);
        Assert.Empty(_store.Members);
    }
}
