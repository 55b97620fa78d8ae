using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("patientPortalOutboxMessage");
        builder.HasKey(message => message.Id);
        builder.Property(message => message.Id).ValueGeneratedNever();
        builder.Property(message => message.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(message => message.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(message => message.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(message => message.Recipient).HasMaxLength(320).IsRequired();
        builder.Property(message => message.RecipientName).HasMaxLength(250);
        builder.Property(message => message.Subject).HasMaxLength(500);
        builder.Property(message => message.TextBody).IsRequired();
        builder.Property(message => message.AwaitsComposing).HasColumnName("ComposeAtSend");
        builder.Property(message => message.ProtectedLinkToken).HasMaxLength(1000);
        builder.Property(message => message.SuppressionReason).HasMaxLength(500);
        builder.Property(message => message.ProviderMessageId).HasMaxLength(100);
        builder.Property(message => message.LastError).HasMaxLength(1000);

        // The sweep looks for due Pending and expired Sending rows; reports look up by patient, run (and its delivery) and provider id.
        builder.HasIndex(message => new { message.Status, message.NotBefore });
        builder.HasIndex(message => message.ClaimId);
        builder.HasIndex(message => message.PatientId);
        builder.HasIndex(message => new { message.BatchId, message.Status, message.FailingSince });
        builder.HasIndex(message => message.ProviderMessageId);
        builder.HasIndex(message => message.AppointmentId);
        builder.HasIndex(message => message.RecallId);

        // The dashboard's funnel looks up each invitation's messages by status and channel, without reading the rows.
        builder.HasIndex(message => new { message.InvitationId, message.Status, message.Channel });

        // Delivery health reads each channel's last success, its failing messages and its counts every minute.
        builder.HasIndex(message => new { message.Channel, message.SentAt });
        builder.HasIndex(message => new { message.Channel, message.FailingSince });
        builder.HasIndex(message => new { message.Channel, message.Status, message.FailingSince });
    }
}
