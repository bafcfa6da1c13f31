"""Stage 6, render: formats only, no analysis. Each module renders an ArticleReport."""
