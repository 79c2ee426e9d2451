package org.disclosure.stack.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disclosure.stack.Json;

/**
 * What Elasticsearch spent on one index, from its {@code _stats}: documents written, and
 * milliseconds of indexing, merging, refreshing and flushing. The difference of two
 * readings is what happened between them.
 *
 * @param written documents indexed (index operations, replacements included)
 * @param indexingMillis time spent indexing them
 * @param mergeMillis time spent merging segments
 * @param refreshMillis time spent making writes searchable
 * @param flushMillis time spent flushing to disk
 */
public record IndexTime(long written, long indexingMillis, long mergeMillis, long refreshMillis, long flushMillis) {

	/** Every index of an {@code _stats} answer, by name. */
	public static Map<String, IndexTime> of(Object stats) {
		Map<String, IndexTime> indices = new LinkedHashMap<>();
		Object all = Json.at(stats, "indices");
		if (all instanceof Map<?, ?> byName) {
			byName.forEach((name, index) -> indices.put(String.valueOf(name),
					new IndexTime(number(index, "total.indexing.index_total"),
							number(index, "total.indexing.index_time_in_millis"),
							number(index, "total.merges.total_time_in_millis"),
							number(index, "total.refresh.total_time_in_millis"),
							number(index, "total.flush.total_time_in_millis"))));
		}
		return indices;
	}

	/** What happened between {@code earlier} and this reading. */
	public IndexTime minus(IndexTime earlier) {
		return (earlier == null) ? this
				: new IndexTime(this.written - earlier.written, this.indexingMillis - earlier.indexingMillis,
						this.mergeMillis - earlier.mergeMillis, this.refreshMillis - earlier.refreshMillis,
						this.flushMillis - earlier.flushMillis);
	}

	/** The sum of both. */
	public IndexTime plus(IndexTime other) {
		return new IndexTime(this.written + other.written, this.indexingMillis + other.indexingMillis,
				this.mergeMillis + other.mergeMillis, this.refreshMillis + other.refreshMillis,
				this.flushMillis + other.flushMillis);
	}

	/** All the time spent on the index. */
	public long totalMillis() {
		return this.indexingMillis + this.mergeMillis + this.refreshMillis + this.flushMillis;
	}

	private static long number(Object root, String path) {
		return (Json.at(root, path) instanceof Number number) ? number.longValue() : 0;
	}

}
