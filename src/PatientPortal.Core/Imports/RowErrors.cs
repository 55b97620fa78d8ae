using System.Globalization;
using PatientPortal.Core.Common;

namespace PatientPortal.Core.Imports;

/// <summary>
/// The problems of one row, keyed by field. The first problem of a field is the one reported: a value that
/// could not be read is not also "required".
/// </summary>
public sealed class RowErrors
{
    private readonly List<ImportFieldError> _errors = [];

    public RowErrors(IEnumerable<ImportFieldError>? formatErrors = null)
    {
        _errors.AddRange(formatErrors ?? []);
    }

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<ImportFieldError> ToList() => _errors.ToList();

    public bool Has(string field) => _errors.Exists(error => error.Field == field);

    public void Add(string field, string message)
    {
        if (!Has(field))
        {
            _errors.Add(new ImportFieldError(field, message));
        }
    }

    /// <summary>A required text of at most <paramref name="maximumLength"/> characters, with nothing hidden in it.</summary>
    public void Text(string field, string? value, int maximumLength, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }
        }
        else if (value.Length > maximumLength)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{field} is {value.Length} characters long; at most {maximumLength} are allowed."));
        }
        else if (HiddenCharacters.First(value) is { } hidden)
        {
            Add(field, $"{field} contains {HiddenCharacters.Describe(hidden)}, a control, format or zero-width character that cannot be seen. Remove it in the practice-management system.");
        }
    }

    public void Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
    }

    public void Required(string field, Guid? value)
    {
        if (value is null || value == Guid.Empty)
        {
            Add(field, $"{field} is required.");
        }
    }

    public void Amount(string field, decimal? value)
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
        else if (value < 0)
        {
            Add(field, $"{field} cannot be negative.");
        }
        else if (decimal.Round(value.Value, 2) != value)
        {
            Add(field, $"{field} has more than two decimal places.");
        }
        else if (value >= 10_000_000_000_000_000m)
        {
            // decimal(18,2) in the database.
            Add(field, $"{field} is too large.");
        }
    }
}
