using Narplan.Domain.Audit;
using NodaTime;

namespace Narplan.Domain.Tests.Audit;

/// <summary>The systematic log review's rules (HSLF-FS 2016:40; issue 20 item 5) as facts.</summary>
public class LogReviewTests
{
    private static readonly Guid Herrljunga = Guid.Parse("6a1f0000-0000-0000-0000-000000000001");
    private static readonly YearMonth November = new(2026, 11);
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 9, 0);

    private static List<Guid> Reads(int n, int seed = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16))).ToList();
    }

    [Fact]
    public void TheSameMonthShouldGiveTheSameSampleWhateverOrderTheReadsAreLoadedIn()
    {
        var reads = Reads(200);
        var first = LogReviewSample.Draw(Herrljunga, November, reads);
        var shuffled = LogReviewSample.Draw(Herrljunga, November, Enumerable.Reverse(reads));

        Assert.Equal(LogReviewSample.Size, first.Count);
        Assert.Equal(first.Order(), shuffled.Order());
    }

    [Fact]
    public void AnotherMonthOrOrganisationShouldDrawAnotherSample()
    {
        var reads = Reads(200);
        var november = LogReviewSample.Draw(Herrljunga, November, reads);

        Assert.NotEqual(november.Order(), LogReviewSample.Draw(Herrljunga, new YearMonth(2026, 10), reads).Order());
        Assert.NotEqual(november.Order(), LogReviewSample.Draw(Guid.NewGuid(), November, reads).Order());
    }

    [Fact]
    public void AMonthWithFewerReadsThanTheSampleSizeShouldReviewThemAll()
    {
        var reads = Reads(4);
        Assert.Equal(reads.Order(), LogReviewSample.Draw(Herrljunga, November, reads).Order());
    }

    [Fact]
    public void NovemberShouldSpanStockholmMidnightToMidnightInUtc()
    {
        var span = LogReviewSample.Span(November, DateTimeZoneProviders.Tzdb["Europe/Stockholm"]);
        Assert.Equal(Instant.FromUtc(2026, 10, 31, 23, 0), span.Start);
        Assert.Equal(Instant.FromUtc(2026, 11, 30, 23, 0), span.End);
    }

    [Fact]
    public void OctoberShouldHaveTheExtraHourOfTheDstNight()
    {
        // Summer time ends on 25 October 2026: October is 31 days and one hour long.
        var span = LogReviewSample.Span(new YearMonth(2026, 10), DateTimeZoneProviders.Tzdb["Europe/Stockholm"]);
        Assert.Equal(Duration.FromDays(31) + Duration.FromHours(1), span.Duration);
    }

    [Fact]
    public void AMonthThatHasNotEndedShouldNotBeReviewable()
    {
        var refused = Assert.Throws<DomainException>(() => new LogReview(Herrljunga, new YearMonth(2026, 12), new LocalDate(2026, 12, 31)));
        Assert.Contains("tagit slut", refused.Message);
        Assert.Equal(November, new LogReview(Herrljunga, November, new LocalDate(2026, 12, 1)).YearMonth);
    }

    [Fact]
    public void AMarkOnAReadOutsideTheSampleShouldBeRefused()
    {
        var sample = Reads(3);
        var review = new LogReview(Herrljunga, November, new LocalDate(2026, 12, 2));

        var refused = Assert.Throws<DomainException>(() => review.Mark(Guid.NewGuid(), sample, true, null, "Lena Holm", Now));
        Assert.Equal("Läsningen ingår inte i månadens stickprov.", refused.Message);
        Assert.Empty(review.Marks);
    }

    [Fact]
    public void AnUnjustifiedReadShouldNeedAComment()
    {
        var sample = Reads(3);
        var review = new LogReview(Herrljunga, November, new LocalDate(2026, 12, 2));

        Assert.Throws<DomainException>(() => review.Mark(sample[0], sample, false, "  ", "Lena Holm", Now));
        review.Mark(sample[0], sample, false, "Läste utan vårdrelation; samtal med medarbetaren", "Lena Holm", Now);
        Assert.False(review.MarkOf(sample[0])!.Justified);
    }

    [Fact]
    public void MarkingAgainShouldReplaceTheMarkAndTheReviewShouldCloseOnlyWhenAllAreMarked()
    {
        var sample = Reads(2);
        var review = new LogReview(Herrljunga, November, new LocalDate(2026, 12, 2));
        review.Mark(sample[0], sample, false, "Oklart", "Lena Holm", Now);
        review.Mark(sample[0], sample, true, null, "Lena Holm", Now);

        Assert.Single(review.Marks);
        Assert.True(review.MarkOf(sample[0])!.Justified);
        var refused = Assert.Throws<DomainException>(() => review.Complete(sample, "Inga avvikelser", "Lena Holm", Now));
        Assert.Equal("En läsning i stickprovet är inte bedömd ännu.", refused.Message);

        review.Mark(sample[1], sample, true, null, "Lena Holm", Now);
        Assert.Throws<DomainException>(() => review.Complete(sample, " ", "Lena Holm", Now));
        review.Complete(sample, "Inga avvikelser", "Lena Holm", Now);

        Assert.True(review.IsCompleted);
        Assert.Throws<DomainException>(() => review.Mark(sample[1], sample, false, "sent", "Lena Holm", Now));
    }
}
