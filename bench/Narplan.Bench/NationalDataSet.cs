using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Bench;

/// <summary>How a unit meets its doctor: the slots its year plan can use.</summary>
public enum SlotPattern
{
    /// <summary>A weekly round (most SÄBO).</summary>
    WeeklyRound,

    /// <summary>A round every other week (small SÄBO, phone/Teams rounds).</summary>
    FortnightlyRound,

    /// <summary>The doctor's contact time twice a week (ordinary housing, hemsjukvård).</summary>
    ContactTimeTwiceAWeek,
}

public sealed record SyntheticKommun(int Id, string Name, int CareCentres);

public sealed record SyntheticUnit(int Id, int KommunId, int CareCentreId, SlotPattern Pattern, IsoDayOfWeek Day, YearPlanInput Input);

/// <summary>
/// A synthetic country for the year-plan benchmark: about 290 kommuner, 1,200 vårdcentraler, 4,000 units and 400,000
/// patients, deterministic for a seed. Sizes follow a skewed distribution (a few large kommuner, many small ones;
/// units of 10–400 patients). Previous reviews lie on the unit's own round days in the year before, spread as last
/// year's plan had them (none in the vacations), with 2 % new, 1 % deteriorated and 1 % overdue patients, and about 3 % of the units given
/// fewer places than patients (they must show a shortfall).
/// </summary>
public sealed class NationalDataSet
{
    public const int Kommuner = 290;
    public const int CareCentres = 1_200;
    public const int Units = 4_000;
    public const int Patients = 400_000;

    private NationalDataSet(int year, List<SyntheticKommun> kommuner, List<SyntheticUnit> units)
    {
        Year = year;
        KommunList = kommuner;
        UnitList = units;
    }

    public int Year { get; }

    public IReadOnlyList<SyntheticKommun> KommunList { get; }

    public IReadOnlyList<SyntheticUnit> UnitList { get; }

    public static NationalDataSet Generate(int year, int seed = 20261124)
    {
        var random = new Random(seed);
        var settings = YearPlanSettings.Default;

        // Kommun weights: Zipf-like, so a few large kommuner and many small ones.
        var weights = Enumerable.Range(1, Kommuner).Select(rank => 1.0 / Math.Pow(rank, 0.8)).ToArray();
        var centres = Apportion(weights, CareCentres, minimum: 1);
        var kommuner = Enumerable.Range(0, Kommuner).Select(k => new SyntheticKommun(k, $"Kommun {k + 1:D3}", centres[k])).ToList();
        var unitsPerKommun = Apportion(weights, Units, minimum: 2);

        // Unit sizes: log-normal around 100, then scaled to exactly 400,000 patients.
        var rawSizes = Enumerable.Range(0, Units).Select(_ => Math.Exp(4.45 + 0.55 * Gaussian(random))).ToArray();
        var sizes = Apportion(rawSizes.Select(s => Math.Clamp(s, 10, 400)).ToArray(), Patients, minimum: 5);

        var units = new List<SyntheticUnit>(Units);
        var centreOffset = 0;
        var unitId = 0;
        for (var k = 0; k < Kommuner; k++)
        {
            for (var u = 0; u < unitsPerKommun[k]; u++, unitId++)
            {
                var size = sizes[unitId];
                var pattern = random.NextDouble() switch
                {
                    < 0.6 => SlotPattern.WeeklyRound,
                    < 0.8 => SlotPattern.FortnightlyRound,
                    _ => SlotPattern.ContactTimeTwiceAWeek,
                };
                var day = (IsoDayOfWeek)random.Next(1, pattern == SlotPattern.ContactTimeTwiceAWeek ? 4 : 6);
                var occurrences = OccurrenceDates(year, pattern, day);
                // Last year's round days, except those whose next review would be due before this year's first round
                // day (a review in the first days of January 2026 is due in the Christmas vacation; last year's plan
                // would have put it in December, which is outside the year the benchmark plans).
                var firstUsable = occurrences.First(settings.IsPlanningDay);
                var previousYear = OccurrenceDates(year - 1, pattern, day)
                    .Where(d => settings.IsPlanningDay(d) && settings.DueBy(d) >= firstUsable).ToArray();
                var usable = occurrences.Count(settings.IsPlanningDay);
                // Room for everyone with 15–40 % to spare; 3 % of the units get only 85 % of what they need.
                var spare = random.NextDouble() < 0.03 ? 0.85 : 1.15 + 0.25 * random.NextDouble();
                var capacity = Math.Max(1, (int)Math.Ceiling(size * spare / Math.Max(1, usable)));
                var slots = occurrences.Select(d => new ReviewSlot(d, capacity)).ToList();

                // Last year's reviews were spread over last year's round days, as last year's plan had them; then
                // 2 % new patients waiting for their first review, 1 % deteriorated in December, 1 % overdue.
                var patients = new List<PlanningPatient>(size);
                var order = Enumerable.Range(0, size).OrderBy(_ => random.Next()).ToArray();
                for (var p = 0; p < size; p++)
                {
                    var id = BenchPatientIds.Of(unitId, p);
                    var kind = random.NextDouble();
                    if (kind < 0.02)
                    {
                        patients.Add(new PlanningPatient(id, null));
                        continue;
                    }

                    var previous = previousYear[(int)((long)order[p] * previousYear.Length / size)];
                    if (kind < 0.03)
                    {
                        previous = previous.PlusYears(-1);
                    }

                    LocalDate? deteriorated = kind is >= 0.03 and < 0.04 ? new LocalDate(year - 1, 12, 1).PlusDays(random.Next(0, 31)) : null;
                    patients.Add(new PlanningPatient(id, previous, deteriorated));
                }

                var centre = centreOffset + random.Next(centres[k]);
                units.Add(new SyntheticUnit(unitId, k, centre, pattern, day, new YearPlanInput(year, patients, slots, settings)));
            }

            centreOffset += centres[k];
        }

        return new NationalDataSet(year, kommuner, units);
    }

    public int PatientCount => UnitList.Sum(u => u.Input.Patients.Count);

    public int CareCentreCount => KommunList.Sum(k => k.CareCentres);

    private static List<LocalDate> OccurrenceDates(int year, SlotPattern pattern, IsoDayOfWeek day)
    {
        var dates = new List<LocalDate>();
        var first = new LocalDate(year, 1, 1).With(DateAdjusters.NextOrSame(day));
        for (var date = first; date.Year == year; date = date.PlusWeeks(1))
        {
            var week = NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(date);
            if (pattern == SlotPattern.FortnightlyRound && week % 2 == 1)
            {
                continue;
            }

            dates.Add(date);
            if (pattern == SlotPattern.ContactTimeTwiceAWeek && date.PlusDays(2) is { Year: var y } second && y == year)
            {
                dates.Add(second);
            }
        }

        return dates;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights (largest remainder), at least <paramref name="minimum"/> each.</summary>
    private static int[] Apportion(double[] weights, int total, int minimum)
    {
        var rest = total - minimum * weights.Length;
        var sum = weights.Sum();
        var exact = weights.Select(w => w / sum * rest).ToArray();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = rest - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - shares[i]).Take(left))
        {
            shares[i]++;
        }

        return shares.Select(s => s + minimum).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
