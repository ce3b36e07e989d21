package org.fostergraph.care;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The SSDA903 code lists (PLACE, PLACE_PROVIDER, REASON_PLACE_CHANGE, REC, RNE, LS, CIN, ETHNIC) as data, from
 * {@code ssda903/codes.csv}, with the collection years each code is valid in: the lists change between
 * years, so they are kept in one file rather than in constants.
 */
@Component
public class Ssda903Codes {

    public enum CodeList {
        PLACE, PLACE_PROVIDER, REASON_PLACE_CHANGE, REC, RNE, LS, CIN, ETHNIC
    }

    /** {@code firstYear}/{@code lastYear}: the first and last collection years (the April they start) it is valid in. */
    public record Code(CodeList list, String code, String meaning, Integer firstYear, Integer lastYear) {

        boolean validIn(int collectionYear) {
            return (firstYear == null || collectionYear >= firstYear) && (lastYear == null || collectionYear <= lastYear);
        }
    }

    private final Map<CodeList, Map<String, Code>> codes = new HashMap<>();

    public Ssda903Codes() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("ssda903/codes.csv").getInputStream(),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                Code code = new Code(CodeList.valueOf(row.get("list")), row.get("code"), row.get("meaning"),
                        year(row.get("firstYear")), year(row.get("lastYear")));
                codes.computeIfAbsent(code.list(), list -> new HashMap<>()).put(code.code(), code);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the SSDA903 code lists", e);
        }
    }

    /** The code as valid on {@code day} (by its collection year, April to March), if it is. */
    public Optional<Code> find(CodeList list, String code, LocalDate day) {
        return Optional.ofNullable(codes.getOrDefault(list, Map.of()).get(code))
                .filter(found -> found.validIn(collectionYear(day)));
    }

    public boolean isValid(CodeList list, String code, LocalDate day) {
        return find(list, code, day).isPresent();
    }

    public List<Code> all(CodeList list) {
        return codes.getOrDefault(list, Map.of()).values().stream()
                .sorted(java.util.Comparator.comparing(Code::code)).toList();
    }

    /** SSDA903 years run from 1 April: 2025-03-31 is in 2024/25, 2025-04-01 in 2025/26. */
    public static int collectionYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /**
     * The collection year a return covers, given how many of its DECOM and DEC dates fall in each year: the latest year
     * holding at least one in twenty of them; empty when there are none. A return holds every episode open in its year,
     * so most of its dates fall in it or before (episodes carried in); the latest date alone is not enough, as one stray
     * date after 31 March (an episode starting on 1 April) would put the whole return a year late.
     */
    public static java.util.Optional<Integer> yearOfReturn(java.util.Map<Integer, Integer> datesByCollectionYear) {
        int all = datesByCollectionYear.values().stream().mapToInt(Integer::intValue).sum();
        return datesByCollectionYear.entrySet().stream()
                .filter(year -> year.getValue() * 20 >= all)
                .map(java.util.Map.Entry::getKey)
                .max(Integer::compare);
    }

    /** The collection year as people write it: 2025 → "2025/26". */
    public static String yearLabel(int collectionYear) {
        return collectionYear + "/" + String.format("%02d", (collectionYear + 1) % 100);
    }

    private static Integer year(String cell) {
        return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.strip());
    }
}
