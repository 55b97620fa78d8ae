namespace PatientPortal.Core.Templates;

/// <summary>A place in a template's text, counted from 1 as editors show it.</summary>
public readonly record struct TemplatePosition(int Line, int Column)
{
    public static TemplatePosition At(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return new TemplatePosition(line, offset - lineStart + 1);
    }
}
