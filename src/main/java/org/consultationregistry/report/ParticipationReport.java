package org.consultationregistry.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionReports;
import org.consultationregistry.session.SessionReports.Attendance;
import org.consultationregistry.session.SessionReports.Participation;
import org.consultationregistry.session.SessionReports.SessionHeld;
import org.consultationregistry.shared.FieldProblem;
import org.consultationregistry.shared.FieldProblems;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;

/**
 * Who attended what over a period: organisations down the side, sessions across the top, in each cell how many of
 * the organisation's people sat at the session; then totals per organisation, per kind of organisation and overall.
 * It counts people by the organisation they represented on the day. Only organisations that attended in the period
 * have a row, and each row keeps only the sessions it attended: a year of a national board is some 2,000 sessions
 * and 16,000 organisations but only 40,000 non-empty cells.
 */
@Service
class ParticipationReport {

	/**
	 * The most sessions one report may cover. The file grows with sessions times organisations: at 5,000 sessions
	 * (two and a half years of the benchmark's national board, decades of a provincial one) a CSV is about 100 MB
	 * and spreadsheet programs are at the edge of what they open comfortably; XLSX itself stops at 16,384 columns.
	 */
	static final int MAX_SESSIONS = 5_000;

	private final SessionReports sessions;

	private final Clock clock;

	ParticipationReport(SessionReports sessions, @Qualifier("registryClock") Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * The period typed in, with what was left out filled in: without dates, the twelve months up to today; with one
	 * date only, twelve months from it or up to it.
	 * @throws FieldProblem if {@code to} is before {@code from}, or the period holds more than {@link #MAX_SESSIONS}
	 * sessions the audience may see
	 */
	ParticipationPeriod period(ParticipationPeriod typed, Audience audience) {
		LocalDate from = typed.from();
		LocalDate to = typed.to();
		if (from == null && to == null) {
			to = LocalDate.now(this.clock);
		}
		if (from == null) {
			from = to.minusYears(1).plusDays(1);
		}
		if (to == null) {
			to = from.plusYears(1).minusDays(1);
		}
		if (to.isBefore(from)) {
			throw new FieldProblem("to", "report.period.toBeforeFrom");
		}
		long held = this.sessions.heldBetween(audience, from, to);
		if (held > MAX_SESSIONS) {
			throw new FieldProblem("from", "report.period.tooManySessions", held, MAX_SESSIONS);
		}
		return new ParticipationPeriod(from, to);
	}

	/** The period to report, or empty with the reason put next to its field in {@code result}. */
	Optional<ParticipationPeriod> period(ParticipationPeriod typed, BindingResult result) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(period(typed, Audience.STAFF));
		}
		catch (FieldProblem problem) {
			FieldProblems.reject(result, problem);
			return Optional.empty();
		}
	}

	Table build(ParticipationPeriod period, Audience audience) {
		Participation participation = this.sessions.participation(audience, period.from(), period.to());
		List<SessionHeld> columns = participation.sessions();
		Map<Long, Integer> columnOf = new HashMap<>(columns.size() * 2);
		for (int i = 0; i < columns.size(); i++) {
			columnOf.put(columns.get(i).id(), i);
		}
		List<Line> organisations = new ArrayList<>();
		int[][] byType = new int[OrganisationType.values().length][];
		int[] all = new int[columns.size()];
		List<Attendance> attendance = participation.attendance();
		// The rows come organisation by organisation: each run of one organisation's rows makes its line.
		for (int start = 0; start < attendance.size();) {
			Attendance first = attendance.get(start);
			int end = start;
			while (end < attendance.size() && attendance.get(end).organisationId() == first.organisationId()) {
				end++;
			}
			long[] cells = new long[end - start];
			for (int i = start; i < end; i++) {
				Attendance a = attendance.get(i);
				cells[i - start] = ((long) columnOf.get(a.sessionId()) << 32) | a.people();
			}
			Arrays.sort(cells);
			Line line = Line.sparse(first.organisationName(), first.organisationType(), cells);
			organisations.add(line);
			int type = first.organisationType().ordinal();
			if (byType[type] == null) {
				byType[type] = new int[columns.size()];
			}
			line.addTo(byType[type]);
			line.addTo(all);
			start = end;
		}
		List<Line> types = new ArrayList<>();
		for (OrganisationType type : OrganisationType.values()) {
			if (byType[type.ordinal()] != null) {
				types.add(Line.dense(null, type, byType[type.ordinal()]));
			}
		}
		return new Table(columns, organisations, types, Line.dense(null, null, all));
	}

	/**
	 * One row: an organisation (with its name), a kind of organisation (name {@code null}), or the grand total (both
	 * {@code null}). Only the sessions with someone at them are kept.
	 * @param columns the columns with someone, in ascending order
	 * @param people how many people at each of those columns
	 */
	record Line(String name, OrganisationType type, int[] columns, int[] people) {

		/** From cells that each hold a column in the upper and a count in the lower 32 bits, in column order. */
		static Line sparse(String name, OrganisationType type, long[] cells) {
			int[] columns = new int[cells.length];
			int[] people = new int[cells.length];
			for (int i = 0; i < cells.length; i++) {
				columns[i] = (int) (cells[i] >>> 32);
				people[i] = (int) cells[i];
			}
			return new Line(name, type, columns, people);
		}

		static Line dense(String name, OrganisationType type, int[] perColumn) {
			int[] columns = IntStream.range(0, perColumn.length)
				.filter((i) -> perColumn[i] > 0)
				.toArray();
			return new Line(name, type, columns, Arrays.stream(columns).map((i) -> perColumn[i]).toArray());
		}

		void addTo(int[] perColumn) {
			for (int i = 0; i < this.columns.length; i++) {
				perColumn[this.columns[i]] += this.people[i];
			}
		}

		/** Sessions at which the organisation (or the kind, or anyone) had at least one person. */
		int sessionsAttended() {
			return this.columns.length;
		}

		int totalPeople() {
			return Arrays.stream(this.people).sum();
		}

	}

	record Table(List<SessionHeld> sessions, List<Line> organisations, List<Line> types, Line total) {

		Set<OrganisationType> typesPresent() {
			Set<OrganisationType> present = new LinkedHashSet<>();
			this.types.forEach((line) -> present.add(line.type()));
			return present;
		}

	}

}
