using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Data.Sqlite;
using MimeKit;

namespace PatientPortal.Benchmarks;

/// <summary>
/// The dispatch benchmark's anchor: the same physical work done plainly. It reads a batch's rows from the same
/// outbox table, sends each over one reused MailKit connection to the same sink, and records each as sent with one
/// raw UPDATE and its own commit before the next goes (the durability the dispatcher keeps).
/// </summary>
internal sealed class RawDispatchAnchor(string connectionString, int smtpPort)
{
    public async Task SendAsync(IReadOnlyList<Guid> ids)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var rows = await ReadAsync(connection, ids);

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", smtpPort, SecureSocketOptions.None);
        foreach (var row in rows)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Riverside Clinic", "noreply@clinic.example"));
            message.To.Add(new MailboxAddress(row.Name, row.Recipient));
            message.Subject = row.Subject;
            message.Body = new BodyBuilder { HtmlBody = row.Html, TextBody = row.Text }.ToMessageBody();
            await smtp.SendAsync(message);
            await MarkSentAsync(connection, row.Id);
        }

        await smtp.DisconnectAsync(quit: true);
    }

    private static async Task<List<Row>> ReadAsync(SqliteConnection connection, IReadOnlyList<Guid> ids)
    {
        await using var command = connection.CreateCommand();
        var names = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            names.Add($"@id{i}");
            command.Parameters.AddWithValue($"@id{i}", Key(ids[i]));
        }

        command.CommandText = $"SELECT Id, Recipient, RecipientName, Subject, HtmlBody, TextBody FROM patientPortalOutboxMessage WHERE Id IN ({string.Join(',', names)})";
        var rows = new List<Row>(ids.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        // A mismatch in how the key is written would make the anchor do no work and look fast.
        if (rows.Count != ids.Count)
        {
            throw new InvalidOperationException($"The anchor read {rows.Count} of {ids.Count} rows.");
        }

        return rows;
    }

    private static async Task MarkSentAsync(SqliteConnection connection, string id)
    {
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE patientPortalOutboxMessage SET Status = 'Sent', SentAt = @now, UpdatedAt = @now, Attempts = Attempts + 1, ClaimId = NULL, LeaseUntil = NULL, ProtectedLinkToken = NULL WHERE Id = @id";
        command.Parameters.AddWithValue("@now", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("@id", id);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"The anchor did not record message {id}.");
        }

        await transaction.CommitAsync();
    }

    // EF Core's SQLite provider stores a Guid as upper-case text.
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private sealed record Row(string Id, string Recipient, string Name, string Subject, string? Html, string Text);
}
