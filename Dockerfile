# One image per service: docker build --build-arg SERVICE=parse-service .
# Build the jars first (./mvnw -DskipTests package); the image only copies the executable jar.
FROM eclipse-temurin:17-jre
ARG SERVICE
RUN test -n "$SERVICE" || (echo "--build-arg SERVICE=<module> is required" && false)
RUN useradd --system --uid 1001 pipeline && mkdir -p /data/blobs && chown pipeline /data/blobs
# parse-service reads scans by OCR with Tesseract and its Simplified Chinese data; without them a
# scan fails as ocr_unavailable and the service's health says so.
RUN if [ "$SERVICE" = "parse-service" ]; then \
      apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng && rm -rf /var/lib/apt/lists/*; \
    fi
COPY ${SERVICE}/target/${SERVICE}-exec.jar /app/service.jar
USER pipeline
ENV PIPELINE_BLOB_STORE_ROOT=/data/blobs
# parse-service starts a parser worker JVM beside itself (pipeline.parse.worker.max-heap), so
# compose gives it a fixed heap in JAVA_OPTS instead of a share of the container's memory.
# The serial collector: a service's heap is small and its work is batches of records with no
# pause to keep short; G1 ran concurrent threads beside it (README, "Throughput").
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/service.jar"]
