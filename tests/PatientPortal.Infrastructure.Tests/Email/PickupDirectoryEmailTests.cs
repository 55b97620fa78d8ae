using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Email;

public sealed class PickupDirectoryEmailTests : IDisposable
{
    private static readonly EmailMessage Message = new(
        "mary@example.com",
        "Mary O'Higgins",
        "Confirm your email to finish signing up to Riverside Dental",
        "<p>Dear Mary,</p><p><a href=\"https://portal.example/confirm?token=abc\">Confirm my email</a></p>",
        "Dear Mary,\n\nhttps://portal.example/confirm?token=abc\n");

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Send_WritesOneEmlFileThatParsesBackToTheMessage()
    {
        var pickup = _directory.File("outbox");
        await SendAsync(new Dictionary<string, string?>
        {
            ["PatientPortal:Email:PickupDirectoryLocation"] = pickup,
            ["PatientPortal:Email:From"] = "portal@riverside.example",
            ["PatientPortal:Email:FromName"] = "Riverside Dental",
        });

        var file = Assert.Single(Directory.GetFiles(pickup));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        using var mime = await MimeMessage.LoadAsync(file);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(mime.To));
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mime.From));
        Assert.Equal("mary@example.com", to.Address);
        Assert.Equal("Mary O'Higgins", to.Name);
        Assert.Equal("portal@riverside.example", from.Address);
        Assert.Equal("Riverside Dental", from.Name);
        Assert.Equal(Message.Subject, mime.Subject);
        Assert.NotNull(mime.HtmlBody);
        Assert.NotNull(mime.TextBody);
        Assert.Equal(Message.HtmlBody, mime.HtmlBody.TrimEnd());
        Assert.Equal(Message.TextBody, mime.TextBody.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Send_LeavesNoTemporaryFileBehind()
    {
        var pickup = _directory.File("outbox");
        var settings = new Dictionary<string, string?> { ["PatientPortal:Email:PickupDirectoryLocation"] = pickup };

        await SendAsync(settings);
        await SendAsync(settings);

        Assert.Equal(2, Directory.GetFiles(pickup, "*.eml").Length);
        Assert.Empty(Directory.GetFiles(pickup, "*.tmp"));
    }

    [Fact]
    public async Task Send_PutsARelativePickupFolderUnderTheContentRoot()
    {
        await SendAsync(new Dictionary<string, string?> { ["PatientPortal:Email:PickupDirectoryLocation"] = "App_Data/mail" });

        Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "App_Data", "mail"), "*.eml"));
    }

    [Fact]
    public async Task Send_AsksForRepliesAtTheReplyToAddress_WhenOneIsSet()
    {
        var pickup = _directory.File("outbox");
        await SendAsync(
            new Dictionary<string, string?>
            {
                ["PatientPortal:Email:PickupDirectoryLocation"] = pickup,
                ["PatientPortal:Email:FromName"] = "Riverside Dental",
                ["PatientPortal:Email:ReplyTo"] = "appointments@riverside.example",
                ["PatientPortal:Email:ReplyToName"] = "Riverside Dental appointments",
            },
            practice => practice.Contact.Email = "reception@riverside.example");

        using var mime = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(pickup)));
        var replyTo = Assert.IsType<MailboxAddress>(Assert.Single(mime.ReplyTo));
        Assert.Equal(("appointments@riverside.example", "Riverside Dental appointments"), (replyTo.Address, replyTo.Name));
    }

    [Fact]
    public async Task Send_AsksForRepliesAtThePracticesContactEmail_WhenNoReplyToIsSet()
    {
        var pickup = _directory.File("outbox");
        await SendAsync(
            new Dictionary<string, string?> { ["PatientPortal:Email:PickupDirectoryLocation"] = pickup, ["PatientPortal:Email:FromName"] = "Riverside Dental" },
            practice => practice.Contact.Email = "reception@riverside.example");

        using var mime = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(pickup)));
        var replyTo = Assert.IsType<MailboxAddress>(Assert.Single(mime.ReplyTo));
        Assert.Equal(("reception@riverside.example", "Riverside Dental"), (replyTo.Address, replyTo.Name));
    }

    [Fact]
    public async Task Send_HasNoReplyTo_WithoutAnAddressForIt()
    {
        var pickup = _directory.File("outbox");
        await SendAsync(new Dictionary<string, string?> { ["PatientPortal:Email:PickupDirectoryLocation"] = pickup });

        using var mime = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(pickup)));
        Assert.Empty(mime.ReplyTo);
    }

    private async Task SendAsync(Dictionary<string, string?> settings, Action<PracticeOptions>? practice = null)
    {
        settings["PatientPortal:Email:DeliveryMethod"] = "SpecifiedPickupDirectory";
        await using var services = InfrastructureServices.Build(_directory, settings, services => services.Configure<PracticeOptions>(options => practice?.Invoke(options)));
        await using var connection = await services.GetRequiredService<IEmailSender>().ConnectAsync(CancellationToken.None);
        Assert.Equal(EmailSendOutcome.Sent, (await connection.SendAsync(Message, CancellationToken.None)).Outcome);
    }
}
