package org.emplaw.core.law;

import java.time.LocalDate;

/**
 * Figures of law that a legal test reads together for one day, looked up as a group and memoised by {@link LawBook}
 * per day like single values ({@link LawBook#onDay}): a meal-period rule reads seven figures for every workday, and the
 * group makes that one lookup instead of seven. The group is an immutable value built only from
 * {@link LawBook#value} answers for that day (and the group's own qualifiers), so it is the same for every employee and
 * every evaluation that asks for it; the
 * {@link ParameterValue}s it holds are the ones a single lookup would give, so findings list exactly the same figures.
 *
 * <p>Declare each group once, as a constant ({@code static final DayLaw<MealLaw> MEAL_LAW = MealLaw::lookUp;}): the
 * memo is keyed by the group, so a constant has one memo. A group whose figures depend on qualifiers (an employer size,
 * a locality) can be a value instead, with {@code equals} and {@code hashCode} over those qualifiers: equal groups share
 * one memo. A figure that cannot be given ({@link MissingLawException}) is memoised as well and
 * rethrown to every caller, as {@link LawBook#value} does.
 *
 * @param <T> the immutable group of figures
 */
@FunctionalInterface
public interface DayLaw<T> {
    /** Looks the group's figures up for {@code day}; only {@link LawBook#value} (or other groups) may be read. */
    T lookUp(LawBook law, LocalDate day);
}
