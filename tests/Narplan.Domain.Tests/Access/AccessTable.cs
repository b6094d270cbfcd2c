namespace Narplan.Domain.Tests.Access;

/// <summary>
/// Reads the access tables of the table tests: a heading line of question names, then a line per actor with
/// <c>Y</c> (may) or <c>.</c> (may not) under each question.
/// </summary>
internal static class AccessTable
{
    /// <summary>One row per cell: the actor, the question and the expected answer.</summary>
    public static TheoryData<string, string, bool> Cells(string table, IEnumerable<string> questions, IEnumerable<string> actors)
    {
        var data = new TheoryData<string, string, bool>();
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headings = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(questions, headings);
        foreach (var line in lines[1..])
        {
            var actor = actors.Single(name => line.StartsWith(name + " ", StringComparison.Ordinal));
            var marks = line[actor.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(headings.Length, marks.Length);
            for (var i = 0; i < headings.Length; i++)
            {
                data.Add(actor, headings[i], marks[i] == "Y");
            }
        }

        return data;
    }
}
