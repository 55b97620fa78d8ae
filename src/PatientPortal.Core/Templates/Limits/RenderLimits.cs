namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// How much one render may make. Fluid's step limit stops long loops, but not a large range built before the
/// first step, nor text that doubles with each filter; these bound both, far above what any message needs.
/// </summary>
public static class RenderLimits
{
    /// <summary>Liquid statements one render may run (Fluid's own limit); real messages take a few hundred.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>Values in a range (<c>(1..n)</c>) or any list a filter makes; refused before the list is built.</summary>
    public const int MaxListLength = 1_000;

    /// <summary>Characters in the rendered message, in a captured text and in any one value a filter makes.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>Characters one render may write and make with filters in all, so a loop cannot grow a text step by step.</summary>
    public const int MaxWork = 1_000_000;
}
