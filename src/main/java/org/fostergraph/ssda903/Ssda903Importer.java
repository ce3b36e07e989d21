package org.fostergraph.ssda903;

import org.fostergraph.care.Ssda903Codes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fostergraph.geo.Postcode;
import org.fostergraph.geo.PostcodeSector;
import org.fostergraph.geo.GeoPoint;
import org.fostergraph.geo.PostcodeDirectory;
import org.fostergraph.geo.PostcodeSectorService;
import org.fostergraph.history.CurrentActor;
import org.fostergraph.care.Provision;
import org.fostergraph.care.WeeklyCosts;
import org.fostergraph.support.Fingerprints;
import org.fostergraph.support.Ids;
import org.fostergraph.support.SafeCsv;
import org.fostergraph.neo4j.WriteTransactions;

import org.springframework.stereotype.Service;

/**
 * Imports a council's SSDA903 Header and Episodes files.
 *
 * <p>Transaction semantics: <b>valid children apply, invalid children are reported</b>. Every row is checked; a
 * child with any problem in its Header row or any of its episodes is not imported at all (and what the graph held
 * for them stays as it was). Valid children are written in batches, each batch in one transaction, so a child is
 * never half-imported. The import is idempotent (ids derive from the file's keys), so after a failure part-way the
 * same files can simply be imported again.
 *
 * <p>Memory stays bounded by the size of one child's rows plus the Header: the Episodes file is read twice, first
 * to find each child's last row, then to import each child as soon as that row is read.
 */
@Service
public class Ssda903Importer {

    /** Told how far an import has got, for a progress bar. */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        default void started(long episodeRows) {
        }

        default void imported(long episodeRows) {
        }
    }

    private final Ssda903Codes codes;
    private final Ssda903Repository repository;
    private final PostcodeSectorService sectors;
    private final PostcodeDirectory directory;
    private final WeeklyCosts costs;
    private final Ssda903Properties properties;
    private final WriteTransactions transactions;
    private final CurrentActor actor;
    private final Clock clock;

    Ssda903Importer(Ssda903Codes codes, Ssda903Repository repository, PostcodeSectorService sectors,
            PostcodeDirectory directory, WeeklyCosts costs, Ssda903Properties properties, WriteTransactions transactions,
            CurrentActor actor, Clock clock) {
        this.codes = codes;
        this.repository = repository;
        this.sectors = sectors;
        this.directory = directory;
        this.costs = costs;
        this.properties = properties;
        this.transactions = transactions;
        this.actor = actor;
        this.clock = clock;
    }

    /** Whether the command line was told to import a return older than the council's newest. */
    public boolean commandLineAllowsOlderYear() {
        return properties.allowOlderYear();
    }

    /** What the command line says when {@link #commandLineCouncil} names none. */
    static final String WHICH_COUNCIL = "Which council's return is this? Add --fostergraph.ssda903.council=<council code>"
            + " (the graph holds no council, or several)";

    /**
     * The council the command line imports for: {@code fostergraph.ssda903.council}, or else the graph's only
     * council; empty when neither names one.
     */
    public Optional<String> commandLineCouncil() {
        if (properties.council() != null && !properties.council().isBlank()) {
            return Optional.of(properties.council().strip());
        }
        List<String> councils = repository.councilCodes();
        return councils.size() == 1 ? Optional.of(councils.get(0)) : Optional.empty();
    }

    /**
     * Imports the two files, given in either order (each is recognised by its columns), as the return of the council
     * with this code: its children and the homes the return names become that council's.
     */
    public Ssda903ImportSummary importReturn(String council, Ssda903Source first, Ssda903Source second, Progress progress) {
        return importReturn(council, first, second, progress, false);
    }

    /**
     * As {@link #importReturn(String, Ssda903Source, Ssda903Source, Progress)}; a return of an older collection year
     * than the council's newest one imported is refused unless {@code allowOlderYear}: it would put back what the
     * newer return changed.
     */
    public Ssda903ImportSummary importReturn(String council, Ssda903Source first, Ssda903Source second, Progress progress,
            boolean allowOlderYear) {
        Ssda903Table firstTable = Ssda903Csv.tableOf(first);
        Ssda903Table secondTable = Ssda903Csv.tableOf(second);
        if (firstTable == secondTable) {
            throw new Ssda903FileException(new Ssda903Problem(second.name(), 1, null, null, "holds the "
                    + secondTable.title() + " table, like " + first.name() + "; an import needs one Header and one Episodes file"));
        }
        Ssda903Source header = firstTable == Ssda903Table.HEADER ? first : second;
        Ssda903Source episodes = firstTable == Ssda903Table.HEADER ? second : first;
        return new Run(council, header, episodes, progress, allowOlderYear).run();
    }

    /** One import: its state lives only as long as the import. */
    private final class Run {

        private final String council;
        private final boolean allowOlderYear;
        private final LocalDate today;
        /** The batch's full postcodes that the postcode directory locates, by normalised postcode. */
        private Map<String, GeoPoint> located = Map.of();
        /** How the homes and placements written were located: by postcode, by sector centre, nowhere. */
        private final int[] homesLocated = new int[3];
        private final int[] placementsLocated = new int[3];
        /** The latest DECOM or DEC in the Episodes file, which the refusal of an older year names. */
        private LocalDate latestDay;
        /** How many of the Episodes file's DECOM and DEC dates fall in each collection year. */
        private final Map<Integer, Integer> datesByYear = new HashMap<>();
        private final Ssda903Source headerFile;
        private final Ssda903Source episodesFile;
        private final Progress progress;
        private final Ssda903Rules rules;
        private final Map<String, HeaderRow> headers = new HashMap<>();
        private final Map<String, List<Ssda903Problem>> headerProblems = new HashMap<>();
        private final Map<String, Long> lastRowOf = new HashMap<>();
        private final Map<String, List<Episode>> pending = new HashMap<>();
        private final Map<String, List<Ssda903Problem>> pendingProblems = new HashMap<>();
        private final Set<String> childrenWithEpisodes = new HashSet<>();
        private final Set<String> childrenRead = new HashSet<>();
        private final List<ImportedChild> batch = new ArrayList<>();
        private final List<Ssda903Problem> problems = new ArrayList<>();
        private final List<Ssda903Problem> warnings = new ArrayList<>();
        private int problemCount;
        private int warningCount;
        private int headerRows;
        private int episodeRows;
        private int rejectedRows;
        private int rejectedChildren;
        /** The refused children, by return id: the column of the first problem found, as the reason their state is unknown. */
        private final Map<String, String> refused = new LinkedHashMap<>();
        private int stateUnknown;
        /** The newest collection year the council imported before this return. */
        private Integer newestYearBefore;
        private Written written = Written.NOTHING;
        private long rowsDone;

        Run(String council, Ssda903Source headerFile, Ssda903Source episodesFile, Progress progress, boolean allowOlderYear) {
            this.council = council;
            this.allowOlderYear = allowOlderYear;
            this.headerFile = headerFile;
            this.episodesFile = episodesFile;
            this.progress = progress;
            this.today = LocalDate.now(clock);
            this.rules = new Ssda903Rules(codes, today);
        }

        Ssda903ImportSummary run() {
            readHeader();
            Ssda903Csv.forEachRow(episodesFile, Ssda903Table.EPISODES, row -> {
                episodeRows++;
                String child = row.get("CHILD");
                if (child != null) {
                    lastRowOf.put(child, row.number());
                }
                for (String column : List.of("DECOM", "DEC")) {
                    LocalDate day = Ssda903Rules.dayOrNull(row.get(column));
                    // A date in the future is refused with its row: it says nothing of the return's year.
                    if (day != null && !day.isAfter(today) && (latestDay == null || day.isAfter(latestDay))) {
                        latestDay = day;
                    }
                    if (day != null && !day.isAfter(today)) {
                        datesByYear.merge(Ssda903Codes.collectionYear(day), 1, Integer::sum);
                    }
                }
            });
            newestYearBefore = repository.newestCollectionYear(council).orElse(null);
            refuseAnOlderYear();
            progress.started(episodeRows);
            Ssda903Csv.forEachRow(episodesFile, Ssda903Table.EPISODES, this::readEpisode);
            flush();
            importWithoutEpisodes(headers.values().stream().filter(child -> !childrenWithEpisodes.contains(child.child()))
                    .sorted(Comparator.comparingLong(HeaderRow::row)).toList());
            stateUnknown = leaveRefusedChildrenUnknown();
            Ssda903ImportSummary summary = summary();
            transactions.run(() -> {
                Map<String, Object> record = new HashMap<>();
                record.put("id", Ids.next("IMP"));
                record.put("header", headerFile.name());
                record.put("episodes", episodesFile.name());
                record.put("children", written.children());
                record.put("rejected", rejectedChildren);
                record.put("stateUnknown", stateUnknown);
                record.put("created", written.placementsCreated());
                record.put("updated", written.placementsUpdated());
                record.put("removed", written.placementsRemoved());
                record.put("council", council);
                record.put("collectionYear", datesByYear.isEmpty() ? null : ownYear());
                repository.recordImport(record, actor.name(), ZonedDateTime.now(clock));
                return null;
            });
            return summary;
        }

        /**
         * A refused child is never left as an earlier year's return said. The return covers its whole collection year, so
         * a child it refuses whose placement an earlier year's return left open is, from the first day of that year, in a state
         * nothing accepted describes: the placement stays as that return wrote it, but counts as open only until the
         * day before (docs/SSDA903.md, "A refused child"). Counts on every later day then hold exactly the children the
         * returns that cover the day accepted. A later return that holds the placement makes it known again.
         */
        private int leaveRefusedChildrenUnknown() {
            if (refused.isEmpty() || datesByYear.isEmpty()) {
                return 0;
            }
            int year = ownYear();
            // A return of a year already imported (a corrected one) keeps what the graph held for a child it refuses.
            if (newestYearBefore != null && newestYearBefore >= year) {
                return 0;
            }
            LocalDate yearStart = LocalDate.of(year, 4, 1);
            List<Map<String, Object>> rows = refused.entrySet().stream()
                    .map(child -> Map.<String, Object>of("returnId", child.getKey(),
                            "reason", "refused by the " + Ssda903Codes.yearLabel(year) + " return (" + child.getValue() + ")"))
                    .toList();
            return transactions.run(() -> repository.markStateUnknown(council, rows, yearStart));
        }

        /** The collection year the return covers, from which a refused child's state is unknown (Ssda903Codes#yearOfReturn). */
        private int ownYear() {
            return Ssda903Codes.yearOfReturn(datesByYear).orElseThrow();
        }

        /** Refuses, before anything is written, a return older than the newest this council imported. */
        private void refuseAnOlderYear() {
            if (latestDay == null || allowOlderYear) {
                return;
            }
            int year = ownYear();
            repository.newestCollectionYear(council).filter(newest -> newest > year).ifPresent(newest -> {
                throw new Ssda903FileException(new Ssda903Problem(episodesFile.name(), 0, null, null, "is the "
                        + Ssda903Codes.yearLabel(year) + " return (its latest date is " + latestDay.format(Ssda903Rules.DATE)
                        + "), older than the " + Ssda903Codes.yearLabel(newest) + " return this council has imported:"
                        + " importing it would put back what the newer return changed, so nothing was imported. To import it"
                        + " anyway, send allowOlderYear=true (on the command line, --fostergraph.ssda903.allow-older-year=true)"));
            });
        }

        private void readHeader() {
            Map<String, Long> firstRowOf = new HashMap<>();
            Ssda903Csv.forEachRow(headerFile, Ssda903Table.HEADER, row -> {
                headerRows++;
                List<Ssda903Problem> found = new ArrayList<>();
                raggedRow(row, found);
                formulaCells(row, found);
                HeaderRow header = rules.header(row, found);
                if (header == null) {
                    note(found);
                    rejectedRows++;
                    return;
                }
                childrenRead.add(header.child());
                Long earlier = firstRowOf.putIfAbsent(header.child(), row.number());
                if (earlier != null) {
                    found.add(new Ssda903Problem(row.file(), row.number(), "CHILD", header.child(),
                            "repeats the child of row " + earlier + ": a child has one Header row"));
                }
                else {
                    headers.put(header.child(), header);
                }
                if (!found.isEmpty()) {
                    headerProblems.computeIfAbsent(header.child(), child -> new ArrayList<>()).addAll(found);
                }
            });
        }

        private void readEpisode(Ssda903Csv.Row row) {
            List<Ssda903Problem> found = new ArrayList<>();
            raggedRow(row, found);
            formulaCells(row, found);
            String childId = row.get("CHILD");
            Episode episode = rules.episode(row, childId == null ? null : headers.get(childId), found);
            if (episode == null) {
                note(found);
                rejectedRows++;
                advance(1);
                return;
            }
            childrenWithEpisodes.add(episode.child());
            childrenRead.add(episode.child());
            pending.computeIfAbsent(episode.child(), child -> new ArrayList<>()).add(episode);
            if (!found.isEmpty()) {
                pendingProblems.computeIfAbsent(episode.child(), child -> new ArrayList<>()).addAll(found);
            }
            if (row.number() == lastRowOf.get(episode.child())) {
                complete(episode.child());
            }
        }

        private void complete(String childId) {
            List<Episode> episodes = pending.remove(childId);
            List<Ssda903Problem> found = new ArrayList<>(headerProblems.getOrDefault(childId, List.of()));
            found.addAll(pendingProblems.getOrDefault(childId, List.of()));
            pendingProblems.remove(childId);
            HeaderRow header = headers.get(childId);
            ImportedChild child = found.isEmpty() && header != null
                    ? rules.child(header, episodes, episodesFile.name(), found) : null;
            if (child == null) {
                reject(childId, found, episodes.size() + (header == null ? 0 : 1));
                advance(episodes.size());
                return;
            }
            batch.add(child);
            if (batch.size() >= properties.batchSize()) {
                flush();
            }
        }

        private void reject(String childId, List<Ssda903Problem> found, int rows) {
            refused.putIfAbsent(childId, found.stream().min(Comparator.comparingLong(Ssda903Problem::row))
                    .map(problem -> problem.column() == null ? "a row" : problem.column()).orElse("a row"));
            note(found.stream().sorted(Comparator.comparing(Ssda903Problem::file).thenComparingLong(Ssda903Problem::row))
                    .toList());
            rejectedRows += rows;
            rejectedChildren++;
        }

        private void note(List<Ssda903Problem> found) {
            problemCount += found.size();
            found.stream().limit(Math.max(0, properties.listedProblems() - problems.size())).forEach(problems::add);
        }

        private void warn(Ssda903Problem warning) {
            warningCount++;
            if (warnings.size() < properties.listedProblems()) {
                warnings.add(warning);
            }
        }

        private void raggedRow(Ssda903Csv.Row row, List<Ssda903Problem> found) {
            if (row.ragged()) {
                found.add(new Ssda903Problem(row.file(), row.number(), null, null, "has " + row.cellCount()
                        + " cells where the file has " + row.columnCount() + " columns"));
            }
        }

        /**
         * A cell a spreadsheet would run as a formula. No DfE code, date, postcode, URN or child id begins like one, and
         * refusing them keeps the export a faithful copy: it would otherwise have to write them altered (SafeCsv).
         */
        private void formulaCells(Ssda903Csv.Row row, List<Ssda903Problem> found) {
            row.cells().entrySet().stream()
                    .filter(cell -> SafeCsv.looksLikeFormula(cell.getValue()))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(cell -> found.add(new Ssda903Problem(row.file(), row.number(), cell.getKey(), cell.getValue(),
                            "begins with '" + cell.getValue().charAt(0) + "', which a spreadsheet would run as a formula; "
                                    + "no SSDA903 code, date, postcode or child id begins so")));
        }

        private void advance(long rows) {
            rowsDone += rows;
            progress.imported(rowsDone);
        }

        /**
         * Children in the Header file with no episodes. The DfE's validator only warns (a child looked after in an earlier
         * year may be listed), so each is imported with a warning: what the Header says of them is written, and any
         * placements an earlier return gave them stay as they are. A Header row with a problem refuses the child.
         */
        private void importWithoutEpisodes(List<HeaderRow> children) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (HeaderRow child : children) {
                List<Ssda903Problem> found = headerProblems.getOrDefault(child.child(), List.of());
                if (!found.isEmpty()) {
                    reject(child.child(), new ArrayList<>(found), 1);
                    continue;
                }
                warn(new Ssda903Problem(headerFile.name(), child.row(), "CHILD", child.child(), "has no rows in the Episodes "
                        + "file: imported with what the Header says, and with any placements earlier returns gave"));
                Map<String, Object> row = new TreeMap<>();
                row.put("returnId", child.child());
                row.put("dateOfBirth", child.dateOfBirth());
                row.put("sex", child.sex().name());
                row.put("ethnicity", child.ethnicity());
                row.put("mother", child.mother());
                row.put("firstChildBorn", child.firstChildBorn());
                rows.add(row);
            }
            for (int from = 0; from < rows.size(); from += properties.batchSize()) {
                List<Map<String, Object>> batchRows = rows.subList(from, Math.min(rows.size(), from + properties.batchSize()));
                Ssda903Repository.Counts counts = transactions.run(() -> {
                    Map<String, String> ids = new HashMap<>(repository.childIdsByReturnId(council,
                            batchRows.stream().map(row -> (String) row.get("returnId")).toList()));
                    List<Map<String, Object>> withIds = batchRows.stream().map(row -> {
                        Map<String, Object> withId = new HashMap<>(row);
                        String returnId = (String) row.get("returnId");
                        withId.put("id", ids.getOrDefault(returnId, newChildId(council, returnId)));
                        return withId;
                    }).toList();
                    return repository.mergeHeaderOnlyChildren(council, withIds);
                });
                written = written.plus(new Written(batchRows.size(), counts.created(), counts.updated(), 0, 0, 0, 0, 0));
            }
        }

        /** Writes the batch in one transaction; children who clash with placements recorded in fostergraph are refused. */
        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<ImportedChild> children = List.copyOf(batch);
            batch.clear();
            Map<String, PostcodeSector> known = sectors.findAll(children.stream()
                    .flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child.homeSector()),
                            child.placements().stream().map(ImportedPlacement::placementSector)))
                    .filter(Objects::nonNull).collect(Collectors.toSet()), council);
            // A full postcode the directory (ONSPD) holds is located there; any other at its sector's centre.
            located = directory.locate(children.stream()
                    .flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child.homePost()),
                            child.placements().stream().map(ImportedPlacement::placementPost)))
                    .filter(Objects::nonNull).toList());
            List<Ssda903Problem> clashes = new ArrayList<>();
            Written batchWritten = transactions.run(() -> {
                clashes.clear();
                Map<String, String> graphIds = graphIds(children);
                List<ImportedChild> accepted = carryingOnEarlierReturns(withoutClashes(children, graphIds, clashes), graphIds);
                return write(accepted, known, graphIds);
            });
            Set<String> clashing = clashes.stream().map(Ssda903Problem::value).collect(Collectors.toSet());
            for (ImportedChild child : children) {
                if (clashing.contains(child.id())) {
                    reject(child.id(), clashes.stream().filter(clash -> clash.value().equals(child.id())).toList(), child.rows());
                }
                else {
                    warnAboutSectors(child, known);
                    countLocations(child, known);
                }
            }
            written = written.plus(batchWritten);
            advance(children.stream().mapToInt(child -> child.rows() - 1).sum());
        }

        /**
         * Each child's id in the graph, by the id the return gives them (CHILD): the council's child of that return id,
         * or for a child the council has not had before, the council's code, a colon and the return id. A return id is
         * the council's own: another council's child of the same return id is another child, and nothing the import
         * answers depends on whether one exists.
         */
        private Map<String, String> graphIds(List<ImportedChild> children) {
            Map<String, String> ids = new HashMap<>(repository.childIdsByReturnId(council,
                    children.stream().map(ImportedChild::id).toList()));
            children.forEach(child -> ids.putIfAbsent(child.id(), newChildId(council, child.id())));
            return ids;
        }

        private List<ImportedChild> withoutClashes(List<ImportedChild> children, Map<String, String> graphIds,
                List<Ssda903Problem> clashes) {
            Map<String, List<Ssda903Repository.RecordedPlacement>> recorded = repository
                    .recordedPlacements(List.copyOf(graphIds.values())).stream()
                    .collect(Collectors.groupingBy(Ssda903Repository.RecordedPlacement::childId));
            List<ImportedChild> accepted = new ArrayList<>();
            for (ImportedChild child : children) {
                List<Ssda903Problem> found = new ArrayList<>();
                for (ImportedPlacement placement : child.placements()) {
                    for (var other : recorded.getOrDefault(graphIds.get(child.id()), List.of())) {
                        if (overlaps(placement, other)) {
                            found.add(new Ssda903Problem(episodesFile.name(), placement.firstRow(), "CHILD", child.id(),
                                    "has a placement from " + placement.start().format(Ssda903Rules.DATE)
                                            + " that overlaps placement " + other.id() + " recorded in fostergraph (from "
                                            + other.start().format(Ssda903Rules.DATE) + "); end or correct that placement first"));
                        }
                    }
                }
                if (found.isEmpty()) {
                    accepted.add(child);
                }
                clashes.addAll(found);
            }
            return accepted;
        }

        /**
         * A return starts each child with the episode open on 1 April, which may carry on a placement an earlier
         * return began: an RNE L episode continues that placement (it keeps its start and earlier episodes), and RNE
         * T or U continues with its carers.
         */
        private List<ImportedChild> carryingOnEarlierReturns(List<ImportedChild> children, Map<String, String> graphIds) {
            List<Map<String, Object>> childDays = children.stream()
                    .filter(child -> {
                        Episode first = child.placements().get(0).episodes().get(0);
                        return first.legalStatusOnly() || first.sameCarers();
                    })
                    .map(child -> Map.<String, Object>of("childId", graphIds.get(child.id()), "day", child.firstStart())).toList();
            if (childDays.isEmpty()) {
                return children;
            }
            Map<String, Ssda903Repository.EarlierPlacement> earlier = repository.earlierPlacements(childDays).stream()
                    .collect(Collectors.toMap(Ssda903Repository.EarlierPlacement::childId, placement -> placement,
                            (a, b) -> a.start().isAfter(b.start()) ? a : b));
            return children.stream().map(child -> {
                Ssda903Repository.EarlierPlacement before = earlier.get(graphIds.get(child.id()));
                ImportedPlacement first = child.placements().get(0);
                if (before == null) {
                    return child;
                }
                Episode opening = first.episodes().get(0);
                if (opening.legalStatusOnly() && (before.end() == null || before.end().isAfter(first.start()))) {
                    List<Episode> earlierEpisodes = new ArrayList<>();
                    for (int i = 0; i < before.episodeStarts().size() && before.episodeStarts().get(i).isBefore(first.start()); i++) {
                        earlierEpisodes.add(new Episode(0, child.id(), before.episodeStarts().get(i), i == 0 ? before.newEpisodeReason() : "L",
                                before.legalStatuses().get(i), before.needCategories().get(i), first.place(), first.provider(),
                                null, "X1", null, Postcode.parse(before.homePost(i)), opening.placementPost(), first.urn()));
                    }
                    return child.withFirstPlacement(first.carryingOn(before.start(), before.newEpisodeReason(), earlierEpisodes,
                            before.householdId()));
                }
                if (opening.sameCarers() && first.start().equals(before.end())) {
                    return child.withFirstPlacement(first.withHousehold(before.householdId()));
                }
                return child;
            }).toList();
        }

        private static boolean overlaps(ImportedPlacement placement, Ssda903Repository.RecordedPlacement other) {
            boolean startsBeforeOtherEnds = other.end() == null || placement.start().isBefore(other.end());
            boolean otherStartsBeforeEnd = placement.end() == null || other.start().isBefore(placement.end());
            return startsBeforeOtherEnds && otherStartsBeforeEnd;
        }

        private Written write(List<ImportedChild> children, Map<String, PostcodeSector> known, Map<String, String> graphIds) {
            if (children.isEmpty()) {
                return Written.NOTHING;
            }
            List<Map<String, Object>> childRows = new ArrayList<>();
            List<Map<String, Object>> placementRows = new ArrayList<>();
            Map<String, Map<String, Object>> householdRows = new LinkedHashMap<>();
            for (ImportedChild child : children) {
                String childId = graphIds.get(child.id());
                List<String> placementIds = new ArrayList<>();
                for (ImportedPlacement placement : child.placements()) {
                    Provision provision = Provision.of(placement.place(), placement.provider());
                    Map<String, Object> household = householdRow(placement, provision, known);
                    if (placement.householdId() == null) {
                        householdRows.putIfAbsent((String) household.get("id"), household);
                    }
                    Map<String, Object> row = placementRow(childId, placement,
                            placement.householdId() != null ? placement.householdId() : (String) household.get("id"), provision);
                    placementIds.add((String) row.get("id"));
                    placementRows.add(row);
                }
                childRows.add(childRow(childId, child, known, placementIds));
            }
            int households = repository.mergeHouseholds(council, List.copyOf(householdRows.values()));
            Ssda903Repository.Counts childCounts = repository.mergeChildren(council, childRows);
            List<String> emptied = repository.removeStalePlacements(childRows);
            Ssda903Repository.Counts placementCounts = repository.mergePlacements(placementRows);
            // As when an officer places a child: a child the return shows placed since a hold was made needs no place
            // held for them any more.
            repository.releaseHoldsOfPlacedChildren(childRows.stream().map(row -> (String) row.get("id")).toList(),
                    today, ZonedDateTime.now(clock), actor.name());
            List<String> left = new ArrayList<>(emptied);
            left.addAll(placementCounts.householdsLeft());
            if (!left.isEmpty()) {
                repository.removeEmptyPlaceholders(council, left);
            }
            return new Written(children.size(), childCounts.created(), childCounts.updated(), placementRows.size(),
                    placementCounts.created(), placementCounts.updated(), emptied.size(), households);
        }

        private Map<String, Object> childRow(String childId, ImportedChild child, Map<String, PostcodeSector> known,
                List<String> placementIds) {
            PostcodeSector home = child.homeSector() == null ? null : known.get(child.homeSector());
            GeoPoint at = locatedAt(child.homePost(), home);
            Map<String, Object> row = new TreeMap<>();
            row.put("id", childId);
            row.put("returnId", child.id());
            row.put("dateOfBirth", child.dateOfBirth());
            row.put("sex", child.sex().name());
            row.put("ethnicity", child.header().ethnicity());
            row.put("mother", child.header().mother());
            row.put("firstChildBorn", child.header().firstChildBorn());
            row.put("homeSector", child.homeSector());
            row.put("home", at == null ? null : at.asCypherPoint());
            row.put("homeByPostcode", byPostcode(child.homePost()));
            row.put("homeLocalityId", home == null ? null : home.localityId());
            row.put("hash", fingerprint(row));
            row.put("firstStart", child.firstStart());
            row.put("placementIds", placementIds);
            return row;
        }

        private boolean byPostcode(Postcode postcode) {
            return postcode != null && located.containsKey(postcode.normalised());
        }

        /** Counts how the child's home and placements were located, for the summary. */
        private void countLocations(ImportedChild child, Map<String, PostcodeSector> known) {
            count(homesLocated, byPostcode(child.homePost()), child.homeSector() != null && known.containsKey(child.homeSector()));
            for (ImportedPlacement placement : child.placements()) {
                count(placementsLocated, byPostcode(placement.placementPost()),
                        placement.placementSector() != null && known.containsKey(placement.placementSector()));
            }
        }

        private static void count(int[] counts, boolean byPostcode, boolean bySector) {
            counts[byPostcode ? 0 : bySector ? 1 : 2]++;
        }

        /** A postcode the directory holds, else its sector's centre, else nowhere. */
        private GeoPoint locatedAt(Postcode postcode, PostcodeSector sector) {
            GeoPoint exact = postcode == null ? null : located.get(postcode.normalised());
            return exact != null ? exact : sector == null ? null : sector.centre();
        }

        private Map<String, Object> householdRow(ImportedPlacement placement, Provision provision,
                Map<String, PostcodeSector> known) {
            PostcodeSector sector = placement.placementSector() == null ? null : known.get(placement.placementSector());
            GeoPoint at = locatedAt(placement.placementPost(), sector);
            Map<String, Object> row = new HashMap<>();
            // A home known by URN is one real place, but what each council knows of it is its own: the council is part
            // of the key, so no council's import changes another's placeholder or places a child in it.
            row.put("id", Ids.stable("HH-903", council + "|" + placement.carerKey()));
            row.put("name", Ssda903Provisions.placeholderName(provision, placement.urn(), placement.placementSector()));
            row.put("provision", provision.name());
            row.put("urn", placement.urn());
            row.put("postcodeSector", placement.placementSector());
            row.put("location", at == null ? null : at.asCypherPoint());
            row.put("localityId", sector == null ? null : sector.localityId());
            return row;
        }

        private Map<String, Object> placementRow(String childId, ImportedPlacement placement, String householdId,
                Provision provision) {
            Map<String, Object> row = new TreeMap<>();
            row.put("id", Ids.stable("PL-903", childId + "|" + placement.start()));
            row.put("childId", childId);
            row.put("householdId", householdId);
            row.put("start", placement.start());
            row.put("end", placement.end());
            row.put("placeCode", placement.place());
            row.put("providerCode", placement.provider());
            row.put("newEpisodeReason", placement.newEpisodeReason());
            row.put("episodeEndReason", placement.endReason());
            row.put("placeChangeReason", placement.placeChangeReason());
            // What the rest of fostergraph reads as why the placement ended: the move's reason, or why care ended.
            row.put("endReason", placement.placeChangeReason() != null ? placement.placeChangeReason()
                    : "X1".equals(placement.endReason()) ? null : placement.endReason());
            row.put("postcodeSector", placement.placementSector());
            row.put("episodeStarts", placement.episodes().stream().map(Episode::start).toList());
            row.put("legalStatuses", placement.episodes().stream().map(Episode::legalStatus).toList());
            row.put("needCategories", placement.episodes().stream().map(Episode::needCategory).toList());
            // Neo4j lists hold no nulls: an episode without a home sector is stored as "".
            row.put("homeSectors", placement.episodes().stream()
                    .map(episode -> Objects.requireNonNullElse(episode.homeSector(), "")).toList());
            // HOME_POST and PL_POST exactly as the return gave them (a full postcode or a sector), so the export gives
            // them back; the sectors above are what fostergraph locates the child and the home by.
            row.put("homePosts", placement.episodes().stream().map(episode -> asGiven(episode.homePost())).toList());
            row.put("placementPosts", placement.episodes().stream().map(episode -> asGiven(episode.placementPost())).toList());
            row.put("weeklyCost", costs.of(provision));
            row.put("hash", fingerprint(row));
            return row;
        }

        private static String asGiven(Postcode postcode) {
            return postcode == null ? "" : postcode.asGiven();
        }

        private void warnAboutSectors(ImportedChild child, Map<String, PostcodeSector> known) {
            if (child.homeSector() != null && !known.containsKey(child.homeSector()) && !byPostcode(child.homePost())) {
                warn(new Ssda903Problem(episodesFile.name(), child.homeSectorRow(), "HOME_POST", child.homeSector(),
                        "is not in the postcode-sector table: the child is imported with no home location"));
            }
            for (ImportedPlacement placement : child.placements()) {
                if (placement.placementSector() != null && !known.containsKey(placement.placementSector())
                        && !byPostcode(placement.placementPost())) {
                    warn(new Ssda903Problem(episodesFile.name(), placement.firstRow(), "PL_POST", placement.placementSector(),
                            "is not in the postcode-sector table: the placement is imported with no location"));
                }
            }
        }

        private Ssda903ImportSummary summary() {
            List<Ssda903Problem> listed = problems.stream()
                    .sorted(Comparator.comparing(Ssda903Problem::file).thenComparingLong(Ssda903Problem::row)).toList();
            return new Ssda903ImportSummary(headerFile.name(), episodesFile.name(),
                    new Ssda903ImportSummary.Rows(headerRows, episodeRows, rejectedRows),
                    new Ssda903ImportSummary.Children(childrenRead.size(), written.childrenCreated(),
                            written.childrenUpdated(), written.childrenUnchanged(), rejectedChildren, stateUnknown),
                    new Ssda903ImportSummary.Placements(written.placementsCreated(), written.placementsUpdated(),
                            written.placementsUnchanged(), written.placementsRemoved()),
                    written.householdsCreated(), problemCount, listed, warningCount, List.copyOf(warnings),
                    new Ssda903ImportSummary.Located(homesLocated[0], homesLocated[1], homesLocated[2]),
                    new Ssda903ImportSummary.Located(placementsLocated[0], placementsLocated[1], placementsLocated[2]));
        }
    }

    /** What the import has written so far; unchanged = written − created − updated. */
    private record Written(int children, int childrenCreated, int childrenUpdated, int placements, int placementsCreated,
            int placementsUpdated, int placementsRemoved, int householdsCreated) {

        static final Written NOTHING = new Written(0, 0, 0, 0, 0, 0, 0, 0);

        Written plus(Written more) {
            return new Written(children + more.children, childrenCreated + more.childrenCreated,
                    childrenUpdated + more.childrenUpdated, placements + more.placements,
                    placementsCreated + more.placementsCreated, placementsUpdated + more.placementsUpdated,
                    placementsRemoved + more.placementsRemoved, householdsCreated + more.householdsCreated);
        }

        int childrenUnchanged() {
            return children - childrenCreated - childrenUpdated;
        }

        int placementsUnchanged() {
            return placements - placementsCreated - placementsUpdated;
        }
    }

    /** The graph id of a child the council's returns have not named before: the council's code, a colon, the return id. */
    static String newChildId(String council, String returnId) {
        return council + ":" + returnId;
    }

    /** A digest of what the import writes, so a second import can tell "unchanged" from "updated". */
    private static String fingerprint(Map<String, Object> row) {
        return Fingerprints.of(row);
    }
}
