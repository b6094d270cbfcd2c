using Narplan.Domain.Plans;

namespace Narplan.Domain.Tests.Plans;

public class TextDiffTests
{
    [Fact]
    public void AChangedPhoneNumberShouldShowAsAWordChange()
    {
        var diff = TextDiff.Compare(
            "Ansvar för krisstöd: Emma Sjöberg 0513-17190\nKontorstid vardagar 8-16",
            "Ansvar för krisstöd: Emma Sjöberg 0513-17199\nKontorstid vardagar 8-16");

        Assert.Equal("0513-17190\n", Assert.Single(diff, p => p.Kind == DiffKind.Removed).Text);
        Assert.Equal("0513-17199\n", Assert.Single(diff, p => p.Kind == DiffKind.Added).Text);
        Assert.EndsWith("Kontorstid vardagar 8-16\n", diff[^1].Text);
    }

    [Fact]
    public void ThePiecesShouldJoinBackToBothTexts()
    {
        const string before = "Ett\nTvå tre fyra\nFem";
        const string after = "Ett\nTvå TRE fyra\nSex\nFem";
        var diff = TextDiff.Compare(before, after);
        Assert.Equal(before + "\n", string.Concat(diff.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Equal(after + "\n", string.Concat(diff.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
    }

    [Fact]
    public void AnAddedLineShouldBeOneAddition()
    {
        var diff = TextDiff.Compare("A\nC", "A\nB\nC");
        Assert.Equal(["A\n", "B\n", "C\n"], diff.Select(p => p.Text));
        Assert.Equal([DiffKind.Same, DiffKind.Added, DiffKind.Same], diff.Select(p => p.Kind));
    }

    [Fact]
    public void TheSameTextShouldHaveNoDifference()
    {
        Assert.False(TextDiff.Differs("A\r\nB ", "A\nB"));
        Assert.All(TextDiff.Compare("A\nB", "A\nB"), p => Assert.Equal(DiffKind.Same, p.Kind));
    }
}
