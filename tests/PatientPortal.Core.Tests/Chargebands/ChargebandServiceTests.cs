using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class ChargebandServiceTests
{
    private const string Admin = "admin@practice.example";
    private readonly Mock<IChargebandRepository> _chargebands = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly Mock<IDomainNotifications> _notifications = new();
    private readonly Mock<IUnitOfWorkTransaction> _transaction = new();
    private readonly List<string> _steps = [];
    private readonly Mock<IAuditLog> _audit = new();
    private readonly Chargeband _chargeband = new ChargebandBuilder().Build();
    private readonly ChargebandService _service;

    public ChargebandServiceTests()
    {
        _chargebands.Setup(repository => repository.FindAsync(_chargeband.Id, It.IsAny<CancellationToken>())).ReturnsAsync(_chargeband);
        _unitOfWork.Setup(unit => unit.BeginTransactionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(_transaction.Object);
        _transaction.Setup(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>())).Callback(() => _steps.Add("commit")).Returns(Task.CompletedTask);
        _notifications.Setup(notifications => notifications.PublishAsync(It.IsAny<AllowAndNotifyEnabled>(), It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add("notified")).Returns(Task.CompletedTask);
        _service = new ChargebandService(_chargebands.Object, _unitOfWork.Object, _notifications.Object, _audit.Object, TestInviteCodes.Strength, new FakeTimeProvider(ChargebandBuilder.Now.AddDays(1)), NullLogger<ChargebandService>.Instance);
    }

    [Fact]
    public async Task ConfigureOnlineSettings_WithACodeAnotherChargebandUses_IsAConflictOnTheCode_AndChangesNothing()
    {
        _chargebands.Setup(repository => repository.InviteCodeTakenAsync("SPRING26", _chargeband.Id, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("spring26", false), Admin, CancellationToken.None);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.Contains("spring26", Assert.Single(result.Failure!.Errors["inviteCode"]), StringComparison.Ordinal);
        Assert.Equal("Welcome123", _chargeband.InviteCode);
        _unitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ConfigureOnlineSettings_WhenTheDatabaseRefusesADuplicateCodeAtSave_IsAConflictOnTheCode()
    {
        _unitOfWork.Setup(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new UniqueConstraintViolationException());

        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("Spring26", false, AcceptGuessableInviteCode: true), Admin, CancellationToken.None);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.True(result.Failure!.Errors.ContainsKey("inviteCode"));
    }

    [Fact]
    public async Task ConfigureOnlineSettings_KeepingItsOwnCode_IsNotAConflict()
    {
        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("WELCOME123", true), Admin, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(_chargeband.AllowOnlineMessaging);
        _unitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Delete_WhilePatientsAreOnTheChargeband_IsAConflict_AndRemovesNothing()
    {
        _chargebands.Setup(repository => repository.CountPatientsAsync(_chargeband.Id, It.IsAny<CancellationToken>())).ReturnsAsync(3);

        var result = await _service.DeleteAsync(_chargeband.Id, Admin, CancellationToken.None);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.Contains("3 patient(s)", result.Failure!.Title, StringComparison.Ordinal);
        _chargebands.Verify(repository => repository.Remove(It.IsAny<Chargeband>()), Times.Never);
    }

    [Fact]
    public async Task DisableOnlineBooking_OfAnUnknownChargeband_IsNotFound()
    {
        var result = await _service.DisableOnlineBookingAsync(Guid.NewGuid(), Admin, CancellationToken.None);

        Assert.Equal(OperationStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Create_WithAnInvalidName_AddsNothing()
    {
        var result = await _service.CreateAsync(new SaveChargebandCommand("  ", null), Admin, CancellationToken.None);

        ResultAssert.InvalidOn(result, "name");
        _chargebands.Verify(repository => repository.Add(It.IsAny<Chargeband>()), Times.Never);
    }

    [Fact]
    public async Task EnableOnlineBooking_WithAllowAndNotify_TellsTheInvitationRunsInsideTheTransaction_ThenCommits()
    {
        var result = await _service.EnableOnlineBookingAsync(_chargeband.Id, new EnableOnlineBookingCommand(PatientAccessMode.AllowAndNotify), Admin, CancellationToken.None);

        Assert.True(result.Succeeded);
        _notifications.Verify(notifications => notifications.PublishAsync(new AllowAndNotifyEnabled(_chargeband.Id, _chargeband.Name, Admin), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(["notified", "commit"], _steps);
        _audit.Verify(audit => audit.Record(Admin, It.Is<string>(action => action.StartsWith("chargeband.", StringComparison.Ordinal)), "chargeband", _chargeband.Id, It.IsAny<string>()), Times.Once);
    }

    [Fact]
    public async Task EnableOnlineBooking_WithAllowAndNotify_WhenStartingTheRunFails_CommitsNothing()
    {
        _notifications.Setup(notifications => notifications.PublishAsync(It.IsAny<AllowAndNotifyEnabled>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("The database went away."));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _service.EnableOnlineBookingAsync(_chargeband.Id, new EnableOnlineBookingCommand(PatientAccessMode.AllowAndNotify), Admin, CancellationToken.None));

        _transaction.Verify(transaction => transaction.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _transaction.Verify(transaction => transaction.DisposeAsync(), Times.Once);
    }

    [Fact]
    public async Task EnableOnlineBooking_WithNoNotifications_MessagesNobody()
    {
        var result = await _service.EnableOnlineBookingAsync(_chargeband.Id, new EnableOnlineBookingCommand(PatientAccessMode.AllowWithNoNotifications), Admin, CancellationToken.None);

        Assert.True(result.Succeeded);
        _notifications.Verify(notifications => notifications.PublishAsync(It.IsAny<AllowAndNotifyEnabled>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(["commit"], _steps);
    }

    [Fact]
    public async Task ConfigureOnlineSettings_WithANewGuessableCode_IsRefusedWithTheReasonAndTheMarker_AndChangesNothing()
    {
        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("Spring2026", true), Admin, CancellationToken.None);

        var failure = result.Failure!;
        Assert.Equal(OperationStatus.Invalid, failure.Status);
        Assert.Equal(GuessableInviteCode.Title, failure.Title);
        Assert.Contains("a word and a number", Assert.Single(failure.Errors["inviteCode"]), StringComparison.Ordinal);
        Assert.Equal(true, failure.Extensions![GuessableInviteCode.Marker]);
        Assert.Equal("Welcome123", _chargeband.InviteCode);
        _unitOfWork.Verify(unit => unit.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ConfigureOnlineSettings_WithAGuessableCodeTheAdminAccepts_SavesIt_AndTheAuditSaysTheWarningWasAccepted()
    {
        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("Spring2026", true, AcceptGuessableInviteCode: true), Admin, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("Spring2026", _chargeband.InviteCode);
        _audit.Verify(audit => audit.Record(Admin, "chargeband.online-settings.changed", "chargeband", _chargeband.Id, It.Is<string>(details => details.Contains("accepting the warning", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task ConfigureOnlineSettings_KeepingAGuessableCodeTheChargebandAlreadyHas_DoesNotAskAgain()
    {
        // The builder's Welcome123 was set before; changing only the messaging keeps it.
        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("welcome123", true), Admin, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(_chargeband.AllowOnlineMessaging);
    }

    [Fact]
    public async Task ConfigureOnlineSettings_WithATooShortCode_IsRefusedEvenWhenTheWarningIsAccepted()
    {
        var result = await _service.ConfigureOnlineSettingsAsync(_chargeband.Id, new OnlineSettings("K7PQM3X", true, AcceptGuessableInviteCode: true), Admin, CancellationToken.None);

        Assert.Contains("at least 8 characters", Assert.Single(ResultAssert.InvalidOn(result, "inviteCode")), StringComparison.Ordinal);
        Assert.Null(result.Failure!.Extensions);
        Assert.Equal("Welcome123", _chargeband.InviteCode);
    }

    [Fact]
    public async Task GenerateInviteCode_SkipsACodeAnotherChargebandHas_AndGivesAStrongOne()
    {
        var tried = new List<string>();
        _chargebands.Setup(repository => repository.InviteCodeTakenAsync(Capture.In(tried), Guid.Empty, It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => tried.Count == 1);

        var code = await _service.GenerateInviteCodeAsync(CancellationToken.None);

        Assert.Equal(2, tried.Count);
        Assert.Equal(tried[1], code.Normalized);
        Assert.NotEqual(tried[0], code.Normalized);
        Assert.Empty(TestInviteCodes.Strength.Weaknesses(code));
    }
}
