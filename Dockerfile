# syntax=docker/dockerfile:1
# Parley: build with dev dependencies, then run the compiled service with production dependencies only.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# npm ci would run the project's prepare script (the build) before src/ is here; better-sqlite3's own install
# script is run by itself instead, so that the dependencies stay cached when only src/ changes.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/parley.db
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY migrations ./migrations
RUN mkdir -p /data && chown node:node /data
LABEL org.opencontainers.image.title="Parley" \
      org.opencontainers.image.description="REST API for structured records of diplomatic meetings" \
      org.opencontainers.image.licenses="MIT"
USER node
VOLUME ["/data"]
EXPOSE 3000
# Three failed checks 30 s apart (the first after 30 s) leave time for migrations on start.
HEALTHCHECK --interval=30s --timeout=3s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/server.js"]
