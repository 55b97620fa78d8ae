using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Web.Common;

/// <summary>
/// A list in a request body whose elements must all be given: <c>[null]</c> is a 400 naming the field, not a
/// NullReferenceException further in.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class NoNullElementsAttribute() : ValidationAttribute("{0} has an empty (null) element.")
{
    public override bool IsValid(object? value) => value is not IEnumerable elements || elements.Cast<object?>().All(element => element is not null);
}
