using System.Runtime.InteropServices;

namespace Narplan.Domain.YearPlans;

/// <summary>
/// Places every patient's annual review for one unit and one year (DOMAIN.md §6; "as even as possible" is defined in
/// decision 0014). In order of priority:
/// <list type="number">
/// <item>never more reviews on a date than its slots take; only working days outside the vacation periods;</item>
/// <item>new, deteriorated and already overdue patients first, each on the earliest date with room;</item>
/// <item>as many of the others as possible no later than their due date (previous review + interval);</item>
/// <item>among those plans, the weekly loads as even as possible (smallest sum of squares, which is also the smallest
/// largest week and the decreasingly minimal load vector), then the daily loads likewise;</item>
/// <item>patients who cannot be on time on the earliest date left; patients with no date left are a shortfall.</item>
/// </list>
/// Deterministic: the same input gives the same plan. Pure: no clock, no I/O.
/// </summary>
public static class YearPlanner
{
    public static YearPlan Plan(YearPlanInput input) => Plan(input, []);

    /// <summary>
    /// A stored plan brought back: the <paramref name="bookings"/> stay where they are (a booking before the plan's start
    /// is history) and any patient of <paramref name="input"/> without a booking is placed around them. Bookings of
    /// patients not in the input are ignored. Used to re-plan from what is in the database.
    /// </summary>
    public static YearPlan Restore(YearPlanInput input, IEnumerable<PlannedReview> bookings)
    {
        var ids = input.Patients.Select(p => p.Id).ToHashSet();
        return Plan(input, bookings.Where(b => ids.Contains(b.PatientId)).ToList());
    }

    /// <summary>
    /// Plans the patients that have no booking in <paramref name="kept"/> around the kept bookings, which stay where they
    /// are and count in the loads. A kept booking before the plan's start is history: it takes no capacity.
    /// </summary>
    internal static YearPlan Plan(YearPlanInput input, IReadOnlyList<PlannedReview> kept) => Plan(input, kept, UsableDays(input));

    /// <summary>As above, with the usable days of <paramref name="input"/> already worked out (re-planning has them).</summary>
    internal static YearPlan Plan(YearPlanInput input, IReadOnlyList<PlannedReview> kept, (LocalDate Date, int Capacity)[] days)
    {
        var count = days.Length;
        var dates = new LocalDate[count];
        var free = new int[count];
        var week = new int[count];
        var dayLoad = new int[count];
        var weeks = 0;
        var previousMonday = default(LocalDate);
        for (var d = 0; d < count; d++)
        {
            dates[d] = days[d].Date;
            free[d] = days[d].Capacity;
            var monday = IsoWeek.MondayOf(dates[d]);
            if (d == 0 || monday != previousMonday)
            {
                weeks++;
                previousMonday = monday;
            }

            week[d] = weeks - 1;
        }

        // Per patient id: whether the patient has been read from the input yet (a second time is refused); the ones with
        // a kept booking are in it from the start and are not placed again.
        var read = new Dictionary<PatientId, bool>(input.Patients.Count + kept.Count);
        foreach (var booking in kept)
        {
            read[booking.PatientId] = false;
        }

        var shortfalls = new List<ReviewShortfall>();
        var notDue = new List<PatientId>();
        var urgent = new List<(PlanningPatient Patient, LocalDate Key, ReviewReason Reason, LocalDate? Due)>();
        var regular = new List<(PlanningPatient Patient, LocalDate Due, int Last)>();
        foreach (var patient in input.Patients)
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(read, patient.Id, out var hasKeptBooking);
            if (seen)
            {
                throw new DomainException($"Patienten {patient.Id} finns två gånger i underlaget för årsplanen.");
            }

            seen = true;
            if (hasKeptBooking)
            {
                continue;
            }

            if (patient.PreviousReview is not { } previous)
            {
                urgent.Add((patient, input.Start, ReviewReason.NewPatient, null));
                continue;
            }

            var due = input.Settings.DueBy(previous);
            if (patient.HasDeteriorated)
            {
                urgent.Add((patient, patient.DeterioratedOn!.Value, ReviewReason.Deterioration, due));
            }
            else if (due < input.Start)
            {
                urgent.Add((patient, due, ReviewReason.Overdue, due));
            }
            else if (due > input.End)
            {
                notDue.Add(patient.Id);
            }
            else
            {
                regular.Add((patient, due, LastOnOrBefore(dates, due)));
            }
        }

        var weekLoad = new int[weeks];
        var reviews = new List<PlannedReview>(input.Patients.Count);
        foreach (var booking in kept)
        {
            reviews.Add(booking);
            if (booking.Date < input.Start)
            {
                continue;
            }

            var d = Array.BinarySearch(dates, booking.Date);
            if (d < 0 || free[d] == 0)
            {
                throw new InvalidOperationException("A kept booking must be on a usable date with room.");
            }

            free[d]--;
            dayLoad[d]++;
            weekLoad[week[d]]++;
        }

        regular.Sort((a, b) => a.Last != b.Last ? a.Last.CompareTo(b.Last)
            : a.Due != b.Due ? a.Due.CompareTo(b.Due)
            : a.Patient.Id.CompareTo(b.Patient.Id));
        // Urgent patients, longest waiting first: each on the earliest date with room that keeps the number of annual
        // reviews on time as large as it can be with every urgent patient placed ("as soon as capacity allows": an
        // urgent review does not make an annual one late when a later date avoids it).
        urgent.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Patient.Id.CompareTo(b.Patient.Id));
        var scratch = new int[count];
        var fewestLate = FewestLate(regular, free, urgent.Count, scratch);
        var candidates = new List<int>(count);
        for (var i = 0; i < urgent.Count; i++)
        {
            var (patient, _, reason, due) = urgent[i];
            candidates.Clear();
            for (var d = 0; d < count; d++)
            {
                if (free[d] > 0)
                {
                    candidates.Add(d);
                }
            }

            // Taking a later date never hinders due dates more, so the dates that keep the fewest late reviews are a
            // suffix of the candidates (the last one always is): binary search for its start.
            var day = -1;
            var (low, high) = (0, candidates.Count - 1);
            while (low <= high)
            {
                var mid = (low + high) / 2;
                free[candidates[mid]]--;
                var keeps = FewestLate(regular, free, urgent.Count - i - 1, scratch) == fewestLate;
                free[candidates[mid]]++;
                if (keeps)
                {
                    day = candidates[mid];
                    high = mid - 1;
                }
                else
                {
                    low = mid + 1;
                }
            }

            if (day >= 0)
            {
                free[day]--;
            }

            if (day < 0)
            {
                shortfalls.Add(new ReviewShortfall(patient.Id, due, NoRoom(input.Year)));
                continue;
            }

            dayLoad[day]++;
            weekLoad[week[day]]++;
            reviews.Add(new PlannedReview(patient.Id, dates[day], due, reason));
        }

        var (onTime, late) = LargestOnTimeSet(regular, free);

        var added = Spread(onTime.Select(e => e.Last).ToArray(), free, week, weekLoad, dayLoad);

        // Earliest deadline gets the earliest placed date: every deadline holds because the spread keeps the prefix sums.
        var next = 0;
        for (var d = 0; d < count; d++)
        {
            for (var k = 0; k < added[d]; k++)
            {
                var (patient, due, _) = onTime[next++];
                reviews.Add(new PlannedReview(patient.Id, dates[d], due, ReviewReason.Annual));
            }

            free[d] -= added[d];
        }

        var first = 0;
        foreach (var (patient, due, _) in late)
        {
            // Late anyway: the earliest date with room, however far past the due date.
            if (!TakeEarliestRoom(free, ref first, count - 1))
            {
                shortfalls.Add(new ReviewShortfall(patient.Id, due, NoRoom(input.Year)));
                continue;
            }

            reviews.Add(new PlannedReview(patient.Id, dates[first], due, ReviewReason.Annual));
        }

        reviews.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.PatientId.CompareTo(b.PatientId));
        return new YearPlan(input, reviews, shortfalls, notDue, days);
    }

    /// <summary>
    /// The largest set of patients that can be on time: earliest deadline first into the earliest room (exact because
    /// every window starts at the plan's start). <paramref name="sorted"/> is ordered by deadline.
    /// </summary>
    private static (List<(PlanningPatient Patient, LocalDate Due, int Last)> OnTime, List<(PlanningPatient Patient, LocalDate Due, int Last)> Late)
        LargestOnTimeSet(List<(PlanningPatient Patient, LocalDate Due, int Last)> sorted, int[] free)
    {
        var onTime = new List<(PlanningPatient Patient, LocalDate Due, int Last)>(sorted.Count);
        var late = new List<(PlanningPatient Patient, LocalDate Due, int Last)>();
        var room = (int[])free.Clone();
        var first = 0;
        foreach (var entry in sorted)
        {
            (TakeEarliestRoom(room, ref first, entry.Last) ? onTime : late).Add(entry);
        }

        return (onTime, late);
    }

    /// <summary>
    /// How many of the annual reviews cannot be on time when <paramref name="urgentLeft"/> more urgent reviews still
    /// need a date: those take the latest room (which hinders due dates least), the others earliest deadline first.
    /// </summary>
    private static int FewestLate(List<(PlanningPatient Patient, LocalDate Due, int Last)> sorted, int[] free, int urgentLeft, int[] room)
    {
        Array.Copy(free, room, free.Length);
        for (var d = room.Length - 1; d >= 0 && urgentLeft > 0; d--)
        {
            var take = Math.Min(room[d], urgentLeft);
            room[d] -= take;
            urgentLeft -= take;
        }

        var late = 0;
        var first = 0;
        foreach (var entry in sorted)
        {
            if (!TakeEarliestRoom(room, ref first, entry.Last))
            {
                late++;
            }
        }

        return late;
    }

    /// <summary>
    /// Takes one place on the earliest date with room, if that date is on or before <paramref name="last"/>; false
    /// (nothing taken) when it is later. <paramref name="first"/> is where the search starts and only moves forward:
    /// every date before it is full, which holds while the callers go through patients without giving room back.
    /// </summary>
    private static bool TakeEarliestRoom(int[] room, ref int first, int last)
    {
        while (first < room.Length && room[first] == 0)
        {
            first++;
        }

        if (first < room.Length && first <= last)
        {
            room[first]--;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The even spread (decision 0014): adds one review at a time where it raises the week's load least, then the day's,
    /// later dates on ties, as long as the rest can still meet every deadline. This is the greedy algorithm for a
    /// separable convex cost over a polymatroid (Federgruen and Groenevelt, 1986): a date that cannot take one more
    /// review without breaking a deadline never can later, so it is dropped for good.
    /// </summary>
    /// <param name="last">Per patient, the index of the last usable date on or before their due date.</param>
    /// <param name="room">Free capacity per date.</param>
    /// <returns>Reviews added per date; <paramref name="weekLoad"/> and <paramref name="dayLoad"/> are updated.</returns>
    internal static int[] Spread(int[] last, int[] room, int[] week, int[] weekLoad, int[] dayLoad)
    {
        var count = room.Length;
        var need = new int[count];
        foreach (var l in last)
        {
            need[l]++;
        }

        for (var d = 1; d < count; d++)
        {
            need[d] += need[d - 1];
        }

        var added = new int[count];
        var closed = new bool[count];
        var placed = 0;
        while (placed < last.Length)
        {
            var best = -1;
            for (var d = 0; d < count; d++)
            {
                if (closed[d] || added[d] >= room[d])
                {
                    continue;
                }

                if (best < 0 || weekLoad[week[d]] < weekLoad[week[best]]
                    || (weekLoad[week[d]] == weekLoad[week[best]] && dayLoad[d] <= dayLoad[best]))
                {
                    best = d;
                }
            }

            if (best < 0)
            {
                throw new InvalidOperationException("The on-time set was feasible, so the spread cannot run out of room.");
            }

            added[best]++;
            if (CanStillMeetDeadlines(added, room, need, last.Length - placed - 1))
            {
                placed++;
                weekLoad[week[best]]++;
                dayLoad[best]++;
            }
            else
            {
                added[best]--;
                closed[best] = true;
            }
        }

        if (HasWeekWithTwoDays(week, room))
        {
            CancelNegativeCycles(added, room, week, weekLoad, dayLoad, need);
        }

        return added;
    }

    /// <summary>
    /// Makes the spread exact for the daily loads too. The greedy step above is exact for the weekly loads, but the
    /// two-level cost (weeks, then days within them) is not separable, so a few reviews may have to trade places.
    /// The plan is a flow (deadline → earlier dates along a chain → date → week → sink) with convex costs
    /// M·(week load)² + (day load)², M larger than any sum of squared day loads; it is optimal exactly when its residual
    /// graph has no negative cycle (Bellman–Ford), and each cancelled cycle strictly lowers the cost.
    /// </summary>
    private static void CancelNegativeCycles(int[] added, int[] room, int[] week, int[] weekLoad, int[] dayLoad, int[] need)
    {
        var days = added.Length;
        var weeks = weekLoad.Length;
        var sink = days + weeks;
        var nodes = sink + 1;
        long total = 0;
        foreach (var load in dayLoad)
        {
            total += load;
        }

        var m = (total + 1) * (total + 1);
        var addedWeek = new int[weeks];
        for (var d = 0; d < days; d++)
        {
            addedWeek[week[d]] += added[d];
        }

        var slack = new int[days];
        var dist = new long[nodes];
        var parent = new int[nodes];
        var relaxedAt = -1;
        while (true)
        {
            var placed = 0;
            for (var d = 0; d < days; d++)
            {
                placed += added[d];
                slack[d] = placed - need[d];
            }

            Array.Clear(dist);
            Array.Fill(parent, -1);
            for (var pass = 0; pass < nodes; pass++)
            {
                relaxedAt = -1;
                // Arc order matters only for speed: along the chain of dates a distance travels the whole chain in
                // one pass when the arcs are visited in the direction they point.
                for (var k = 0; k < weeks; k++)
                {
                    Relax(days + k, sink, m * (2L * weekLoad[k] + 1));
                    if (addedWeek[k] > 0)
                    {
                        Relax(sink, days + k, -m * (2L * weekLoad[k] - 1));
                    }
                }

                for (var t = 0; t < days; t++)
                {
                    var w = days + week[t];
                    if (added[t] > 0)
                    {
                        Relax(w, t, -(2L * dayLoad[t] - 1));
                    }
                }

                for (var t = days - 1; t > 0; t--)
                {
                    Relax(t, t - 1, 0);
                }

                for (var t = 1; t < days; t++)
                {
                    if (slack[t - 1] > 0)
                    {
                        Relax(t - 1, t, 0);
                    }
                }

                for (var t = 0; t < days; t++)
                {
                    if (added[t] < room[t])
                    {
                        Relax(t, days + week[t], 2L * dayLoad[t] + 1);
                    }
                }

                if (relaxedAt < 0)
                {
                    return;
                }
            }

            // Still relaxing after |V| passes: walk back into the negative cycle and move one review around it.
            var v = relaxedAt;
            for (var i = 0; i < nodes; i++)
            {
                v = parent[v];
            }

            var start = v;
            do
            {
                var u = parent[v];
                if (u < days && v < days)
                {
                    // Chain arcs: slack is recomputed from the day loads at the top of the loop.
                }
                else if (u < days && v < sink)
                {
                    added[u]++;
                    dayLoad[u]++;
                }
                else if (u < sink && v < days)
                {
                    added[v]--;
                    dayLoad[v]--;
                }
                else if (v == sink)
                {
                    addedWeek[u - days]++;
                    weekLoad[u - days]++;
                }
                else
                {
                    addedWeek[v - days]--;
                    weekLoad[v - days]--;
                }

                v = u;
            }
            while (v != start);
        }

        void Relax(int from, int to, long cost)
        {
            if (dist[from] + cost < dist[to])
            {
                dist[to] = dist[from] + cost;
                parent[to] = from;
                relaxedAt = to;
            }
        }
    }

    private static bool HasWeekWithTwoDays(int[] week, int[] room)
    {
        for (var d = 1; d < week.Length; d++)
        {
            if (week[d] == week[d - 1] && room[d] > 0 && room[d - 1] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An independent check of the plan's largest weekly load (used by tests and the benchmark): the smallest L such that
    /// the patients who can be on time still can be when no week takes more than L reviews, found by trying
    /// L = 1, 2, … with earliest-deadline-first into the earliest room. Urgent patients are placed first as in the plan.
    /// </summary>
    public static int SmallestPossibleLargestWeek(YearPlanInput input)
    {
        var plan = Plan(input);
        if (plan.Reviews.Count == 0)
        {
            return 0;
        }

        var onTime = plan.Reviews.Where(r => r.Reason == ReviewReason.Annual && !r.IsLate).Select(r => r.DueBy!.Value).Order().ToArray();
        var urgent = plan.Reviews.Where(r => r.Reason != ReviewReason.Annual).ToArray();
        var days = UsableDays(input);
        for (var limit = 1; ; limit++)
        {
            var room = days.Select(d => d.Capacity).ToArray();
            var perWeek = new Dictionary<(int, int), int>();
            foreach (var review in urgent)
            {
                room[Array.FindIndex(days, d => d.Date == review.Date)]--;
                perWeek[Key(review.Date)] = perWeek.GetValueOrDefault(Key(review.Date)) + 1;
            }

            if (perWeek.Count > 0 && perWeek.Values.Max() > limit)
            {
                continue;
            }

            var next = 0;
            for (var d = 0; d < days.Length && next < onTime.Length; d++)
            {
                if (onTime[next] < days[d].Date)
                {
                    break;
                }

                var key = Key(days[d].Date);
                while (room[d] > 0 && perWeek.GetValueOrDefault(key) < limit && next < onTime.Length)
                {
                    room[d]--;
                    perWeek[key] = perWeek.GetValueOrDefault(key) + 1;
                    next++;
                }
            }

            if (next == onTime.Length)
            {
                return limit;
            }
        }

        static (int, int) Key(LocalDate date) => IsoWeek.Of(date);
    }

    /// <summary>Whether the reviews not yet placed, put into the earliest room left, meet every cumulative deadline.</summary>
    private static bool CanStillMeetDeadlines(int[] added, int[] room, int[] need, int remaining)
    {
        var placed = 0;
        for (var d = 0; d < added.Length; d++)
        {
            var extra = Math.Min(remaining, room[d] - added[d]);
            remaining -= extra;
            placed += added[d] + extra;
            if (placed < need[d])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The usable slot dates of the plan, in order, with same-date slots added up.</summary>
    public static (LocalDate Date, int Capacity)[] UsableDays(YearPlanInput input)
    {
        // Slots usually come in date order: collect, sort only when they do not, then add up the same dates in place.
        var days = new (LocalDate Date, int Capacity)[input.Slots.Count];
        var count = 0;
        var sorted = true;
        var (start, end, settings) = (input.Start, input.End, input.Settings);
        foreach (var slot in input.Slots)
        {
            if (slot.Capacity < 0)
            {
                throw new DomainException($"En granskningstid ({slot.Date:yyyy-MM-dd}) kan inte ha ett negativt antal platser.");
            }

            if (slot.Capacity > 0 && slot.Date >= start && slot.Date <= end && settings.IsPlanningDay(slot.Date))
            {
                sorted &= count == 0 || days[count - 1].Date <= slot.Date;
                days[count++] = (slot.Date, slot.Capacity);
            }
        }

        if (!sorted)
        {
            Array.Sort(days, 0, count, DayOrder.Instance);
        }

        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct > 0 && days[distinct - 1].Date == days[i].Date)
            {
                days[distinct - 1].Capacity += days[i].Capacity;
            }
            else
            {
                days[distinct++] = days[i];
            }
        }

        Array.Resize(ref days, distinct);
        return days;
    }

    private sealed class DayOrder : IComparer<(LocalDate Date, int Capacity)>
    {
        public static readonly DayOrder Instance = new();

        public int Compare((LocalDate Date, int Capacity) x, (LocalDate Date, int Capacity) y) => x.Date.CompareTo(y.Date);
    }

    private static int LastOnOrBefore(LocalDate[] dates, LocalDate date)
    {
        var i = Array.BinarySearch(dates, date);
        return i >= 0 ? i : ~i - 1;
    }

    internal static string NoRoom(int year) =>
        $"Det finns ingen ledig granskningstid kvar {year}: enheten har fler patienter än ronderna och kontakttiderna rymmer.";
}
