using System.Globalization;

namespace PatientPortal.Core.Imports.Csv;

/// <summary>
/// The values of one CSV line by column, read as our types. A value that is not of its type is an error of that
/// row (reported with the row's other problems), not of the file.
/// </summary>
public sealed class CsvFields
{
    private readonly Func<string, string?> _value;
    private readonly List<ImportFieldError> _errors = [];

    internal CsvFields(Func<string, string?> value)
    {
        _value = value;
    }

    internal IReadOnlyList<ImportFieldError> Errors => _errors;

    public string? Text(string column) => _value(column);

    public int? WholeNumber(string column) =>
        Parse(column, "a whole number", (string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value));

    public decimal? Amount(string column) =>
        Parse(column, "an amount such as 70.00", (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value));

    public Guid? Id(string column) =>
        Parse(column, "an id such as 0195f0c4-7a51-7cc2-9d1e-5b6a2f3e8c10", (string text, out Guid value) => System.Guid.TryParse(text, out value));

    public DateOnly? Date(string column) =>
        Parse(column, "a date such as 2026-07-01", (string text, out DateOnly value) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value));

    public bool? YesNo(string column) => Parse(column, "true or false (yes/no, 1/0)", (string text, out bool value) =>
    {
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "YES" or "Y" or "1":
                value = true;
                return true;
            case "FALSE" or "NO" or "N" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    });

    private T? Parse<T>(string column, string expected, TryParse<T> tryParse)
        where T : struct
    {
        if (_value(column) is not { } text)
        {
            return null;
        }

        if (tryParse(text, out var value))
        {
            return value;
        }

        _errors.Add(new ImportFieldError(column, $"{column} '{text}' is not {expected}."));
        return null;
    }

    private delegate bool TryParse<T>(string text, out T value);
}
