using MailKit;
using MimeKit;
using MimeKit.IO;

namespace PatientPortal.Infrastructure.Email;

/// <summary>
/// How much of a message MailKit has written after DATA (or BDAT). Once all of it is written, a connection that drops
/// or times out before the server's reply leaves the outcome unknown: the server may have taken it.
/// </summary>
internal sealed class DataProgress(MimeMessage message) : ITransferProgress
{
    private long _written;
    private long _size = -1;

    public bool AllWritten => Volatile.Read(ref _written) >= Size;

    /// <summary>The length MailKit reports, or else the message measured as SMTP writes it (CRLF line ends).</summary>
    private long Size => _size >= 0 ? _size : _size = Measure(message);

    public void Report(long bytesTransferred, long totalSize)
    {
        _size = totalSize;
        Report(bytesTransferred);
    }

    public void Report(long bytesTransferred) => Volatile.Write(ref _written, Math.Max(_written, bytesTransferred));

    private static long Measure(MimeMessage message)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        using var measure = new MeasuringStream();
        message.WriteTo(options, measure);
        return measure.Length;
    }
}
