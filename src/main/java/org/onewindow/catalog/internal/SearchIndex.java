package org.onewindow.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.Material;
import org.onewindow.catalog.SearchHit;
import org.onewindow.catalog.ServiceItem;

/**
 * The in-memory Lucene index of items and bundles, built once at start-up (derived data) and
 * searched through one shared searcher. The catalogue never changes while the process runs, so
 * results are cached by normalised query (a bounded map, emptied when full).
 *
 * <p>Text is segmented by {@link SmartChineseAnalyzer}, so that 营业执照 is one word and does not
 * match 驾驶执照. Fields weigh differently: name, then synonyms, keywords and the guide text. A
 * query equal to a name or synonym wins outright; a query containing a term of a synonym rule also
 * looks for the rule's expansions (开饭店 → 企业设立登记, 食品经营许可), the first listed weighing most.
 */
final class SearchIndex {

    static final int MAX_QUERY_LENGTH = 64;
    private static final String KIND = "kind";
    private static final String CODE = "code";
    private static final String NAME = "name";
    private static final String DEPARTMENT = "department";
    private static final String SYNONYMS = "synonyms";
    private static final String KEYWORDS = "keywords";
    private static final String GUIDE = "guide";
    private static final String EXACT = "exact";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private static final int CACHE_SIZE = 4096;

    private final IndexSearcher searcher;
    private final List<SynonymRule> rules;
    private final Map<String, List<SearchHit>> cache = new ConcurrentHashMap<>();

    SearchIndex(CatalogData data, Function<ServiceItem, String> departmentName) {
        this.rules = data.synonyms();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ServiceItem item : data.items()) {
                writer.addDocument(document(item, departmentName.apply(item)));
            }
            for (Bundle bundle : data.bundles()) {
                writer.addDocument(document(bundle));
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the catalogue's search index", e);
        }
    }

    /** The best matches first; blank queries find nothing and long ones are cut. */
    List<SearchHit> search(String input, int limit) {
        String text = normalise(input);
        if (text.isEmpty() || limit < 1) {
            return List.of();
        }
        String key = limit + ":" + text;
        List<SearchHit> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<SearchHit> hits = run(text, limit);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(key, hits);
        return hits;
    }

    private List<SearchHit> run(String text, int limit) {
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query(text), limit).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                hits.add(new SearchHit(doc.get(KIND), doc.get(CODE), doc.get(NAME), doc.get(DEPARTMENT), hit.score));
            }
            return List.copyOf(hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String text = input.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }

    private Query query(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new BoostQuery(new TermQuery(new Term(EXACT, text)), 30f), Occur.SHOULD);
        words(query, NAME, text, 4f);
        words(query, SYNONYMS, text, 3f);
        words(query, KEYWORDS, text, 2f);
        words(query, GUIDE, text, 0.5f);
        for (SynonymRule rule : rules) {
            if (rule.terms().stream().anyMatch(term -> text.contains(term.toLowerCase(Locale.ROOT)))) {
                float boost = 12f;
                for (String expansion : rule.expansions()) {
                    String expanded = normalise(expansion);
                    query.add(new BoostQuery(new TermQuery(new Term(EXACT, expanded)), boost), Occur.SHOULD);
                    phrase(query, NAME, expanded, boost / 2);
                    phrase(query, KEYWORDS, expanded, 2f);
                    boost = Math.max(4f, boost - 2f);
                }
            }
        }
        return query.build();
    }

    private void words(BooleanQuery.Builder query, String field, String text, float boost) {
        Query words = queries.createBooleanQuery(field, text, Occur.SHOULD);
        if (words != null) {
            query.add(new BoostQuery(words, boost), Occur.SHOULD);
        }
        phrase(query, field, text, boost);
    }

    private void phrase(BooleanQuery.Builder query, String field, String text, float boost) {
        Query phrase = queries.createPhraseQuery(field, text);
        if (phrase != null) {
            query.add(new BoostQuery(phrase, boost), Occur.SHOULD);
        }
    }

    private static Document document(ServiceItem item, String department) {
        Document doc = common(SearchHit.ITEM, item.code(), item.name(), department, item.synonyms());
        doc.add(new TextField(KEYWORDS, String.join(" ", item.keywords()) + " " + item.nameEn() + " "
                + item.result().name(), Field.Store.NO));
        StringBuilder guide = new StringBuilder(item.guide());
        item.acceptanceConditions().forEach(c -> guide.append(' ').append(c));
        item.materials().stream().map(Material::name).forEach(m -> guide.append(' ').append(m));
        guide.append(' ').append(department);
        doc.add(new TextField(GUIDE, guide.toString(), Field.Store.NO));
        return doc;
    }

    private static Document document(Bundle bundle) {
        Document doc = common(SearchHit.BUNDLE, bundle.code(), bundle.name(), "", bundle.synonyms());
        doc.add(new TextField(KEYWORDS, bundle.nameEn(), Field.Store.NO));
        doc.add(new TextField(GUIDE, bundle.description(), Field.Store.NO));
        return doc;
    }

    private static Document common(String kind, String code, String name, String department, List<String> synonyms) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StringField(CODE, code, Field.Store.YES));
        doc.add(new TextField(NAME, name, Field.Store.YES));
        doc.add(new StoredField(DEPARTMENT, department));
        doc.add(new TextField(SYNONYMS, String.join(" ", synonyms), Field.Store.NO));
        doc.add(new StringField(EXACT, normalise(name), Field.Store.NO));
        for (String synonym : synonyms) {
            doc.add(new StringField(EXACT, normalise(synonym), Field.Store.NO));
        }
        return doc;
    }
}
