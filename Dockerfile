# One image for the API and the indexer. Multi-stage: native modules compile in the build stage only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
ENV ONNXRUNTIME_NODE_INSTALL=skip
COPY package.json package-lock.json .npmrc ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
COPY src/database-url.ts ./src/database-url.ts
RUN npm ci --no-audit --no-fund
COPY . .

FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data /models && chown node:node /data /models
USER node
ENV NODE_ENV=production DATA_DIR=/data MODEL_DIR=/models
EXPOSE 3000
CMD ["npm", "start"]
