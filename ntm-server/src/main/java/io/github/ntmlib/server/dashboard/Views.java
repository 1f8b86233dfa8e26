package io.github.ntmlib.server.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the templates show: plain values, every text already in the page's language. */
public final class Views {

    private Views() {
    }

    /**
     * A run in the list.
     *
     * @param id        the run number
     * @param asOf      its date
     * @param hierarchy the hierarchy's name
     * @param dataset   the dataset's name
     * @param status    its status, in words
     * @param css       the status's style class
     * @param started   when it started
     * @param finished  whether it has results
     * @param problem   why it failed, or null
     */
    public record RunRow(long id, String asOf, String hierarchy, String dataset, String status, String css,
            String started, boolean finished, @Nullable String problem) {
    }

    /**
     * The runs page.
     *
     * @param page the page
     * @param runs the runs, newest first
     */
    public record RunsView(Page page, List<RunRow> runs) {
    }

    /**
     * A link in the breadcrumb trail.
     *
     * @param name the unit's name
     * @param href its page
     */
    public record Crumb(String name, String href) {
    }

    /**
     * A criterion's result.
     *
     * @param code        its code
     * @param name        its name
     * @param verdict     its verdict, in words
     * @param css         the verdict's style class
     * @param explanation why
     */
    public record CriterionRow(String code, String name, String verdict, String css, String explanation) {
    }

    /**
     * A standard's result for the unit.
     *
     * @param name        the standard's name
     * @param verdict     its verdict, in words
     * @param css         the verdict's style class
     * @param recognition the recognition in force, in words, or empty
     * @param explanation why
     * @param criteria    its criteria
     */
    public record StandardRow(String name, String verdict, String css, String recognition, String explanation,
            List<CriterionRow> criteria) {
    }

    /**
     * A tally of the units below.
     *
     * @param standard    the standard's name
     * @param kinds       the kinds counted, in words
     * @param total       the units counted
     * @param recognised  those recognised
     * @param attained    those attaining it as computed
     * @param notAssessed those not assessed
     */
    public record TallyRow(String standard, String kinds, int total, int recognised, int attained, int notAssessed) {
    }

    /**
     * A plan's progress.
     *
     * @param standard the standard's name
     * @param target   the target
     * @param achieved the units recognised in the plan's year
     * @param percent  the share of the target, in words
     */
    public record ProgressRow(String standard, int target, int achieved, String percent) {
    }

    /**
     * A cell of a table of verdicts.
     *
     * @param text  what it shows
     * @param title its tooltip
     * @param css   its style class
     */
    public record Cell(String text, String title, String css) {
    }

    /**
     * A unit directly below.
     *
     * @param name  its name
     * @param kind  its kind, in words
     * @param href  its page
     * @param cells its verdict per standard column
     */
    public record ChildRow(String name, String kind, String href, List<Cell> cells) {
    }

    /**
     * A report download.
     *
     * @param format its format's name
     * @param href   the link
     */
    public record Download(String format, String href) {
    }

    /**
     * A unit's page in a run: its results with explanations and, when it has units below, their
     * tallies, the plans' progress, charts and the units directly below.
     *
     * @param page          the page
     * @param run           the run number
     * @param runTitle      the run in words
     * @param crumbs        the trail from the province
     * @param code          the unit's code
     * @param name          its name
     * @param kind          its kind, in words
     * @param standards     its results
     * @param tallies       the tallies below it
     * @param tallyChart    their chart, or null
     * @param progress      the plans' progress
     * @param progressChart its chart, or null
     * @param columns       the standards of the table of units below
     * @param children      the units directly below
     * @param matrix        the criterion matrix's link, or null
     * @param downloads     the report downloads (a province or district)
     */
    public record UnitView(Page page, long run, String runTitle, List<Crumb> crumbs, String code, String name,
            String kind, List<StandardRow> standards, List<TallyRow> tallies, @Nullable Chart tallyChart,
            List<ProgressRow> progress, @Nullable Chart progressChart, List<String> columns, List<ChildRow> children,
            @Nullable String matrix, List<Download> downloads) {
    }

    /**
     * A choice among links.
     *
     * @param name     its name
     * @param href     its link
     * @param selected whether it is the one shown
     */
    public record Choice(String name, String href, boolean selected) {
    }

    /**
     * A column of the matrix.
     *
     * @param code  the criterion's code
     * @param title its name
     */
    public record Column(String code, String title) {
    }

    /**
     * A row of the matrix.
     *
     * @param name     the unit's name
     * @param href     its page
     * @param standard the standard's verdict
     * @param cells    the criteria's verdicts
     */
    public record MatrixRow(String name, String href, Cell standard, List<Cell> cells) {
    }

    /**
     * The criterion matrix: units × criteria of one standard.
     *
     * @param page      the page
     * @param run       the run number
     * @param runTitle  the run in words
     * @param unitName  the unit whose units below are shown
     * @param unitHref  its page
     * @param standards the standards to choose from
     * @param columns   the criteria
     * @param rows      the units
     * @param legend    the symbols' meanings
     */
    public record MatrixView(Page page, long run, String runTitle, String unitName, String unitHref,
            List<Choice> standards, List<Column> columns, List<MatrixRow> rows, List<Cell> legend) {
    }

    /**
     * A standard in the comparison.
     *
     * @param standard the standard's name
     * @param before   the count before, of the total
     * @param after    the count after, of the total
     * @param change   the change
     */
    public record CompareRow(String standard, String before, String after, String change) {
    }

    /**
     * The comparison of two runs.
     *
     * @param page  the page
     * @param from  the earlier run in words
     * @param to    the later run in words
     * @param lines the library's account of the changes
     * @param rows  the counts per standard
     * @param chart their chart
     */
    public record CompareView(Page page, String from, String to, List<String> lines, List<CompareRow> rows,
            Chart chart) {
    }

    /**
     * The sign-in form.
     *
     * @param page  the page
     * @param error why the last try failed, or null
     */
    public record LoginView(Page page, @Nullable String error) {
    }

    /**
     * An error page.
     *
     * @param page    the page
     * @param status  the HTTP status
     * @param message what went wrong
     */
    public record ErrorView(Page page, int status, String message) {
    }
}
