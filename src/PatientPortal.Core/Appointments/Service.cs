namespace PatientPortal.Core.Appointments;

/// <summary>A service the practice offers (a consultation type patients can book).</summary>
public sealed class Service
{
    private Service()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public int DurationMinutes { get; private set; }

    public decimal Price { get; private set; }

    public bool BookableOnline { get; private set; }

    public static Service Create(string name, int durationMinutes, decimal price, bool bookableOnline, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name, DurationMinutes = durationMinutes, Price = price, BookableOnline = bookableOnline };
}
