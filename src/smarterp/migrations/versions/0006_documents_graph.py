"""documents and knowledge graph

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-29 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=True),
    sa.Column('external_id', sa.String(length=300), nullable=True),
    sa.Column('sender', sa.String(length=300), nullable=True),
    sa.Column('sender_email', sa.String(length=200), nullable=True),
    sa.Column('recipients', sa.Text(), nullable=True),
    sa.Column('subject', sa.String(length=500), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('thread_key', sa.String(length=300), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('intent', sa.String(length=20), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('extraction', sa.JSON(), nullable=True),
    sa.Column('meta', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_document_partner_id_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_document_content_hash'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_external_id'), ['external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_sender_email'), ['sender_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_thread_key'), ['thread_key'], unique=False)

    op.create_table('document_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=True),
    sa.Column('content_type', sa.String(length=120), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('skipped', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_attachment_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_attachment'))
    )
    with op.batch_alter_table('document_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_attachment_document_id'), ['document_id'], unique=False)

    op.create_table('graph_node',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('record_table', sa.String(length=60), nullable=True),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('attrs', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_node')),
    sa.UniqueConstraint('kind', 'key', name=op.f('uq_graph_node_kind_key'))
    )
    with op.batch_alter_table('graph_node', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_graph_node_kind'), ['kind'], unique=False)

    op.create_table('graph_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('node_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['node_id'], ['graph_node.id'], name=op.f('fk_graph_alias_node_id_graph_node'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_alias')),
    sa.UniqueConstraint('alias', 'node_id', name=op.f('uq_graph_alias_alias_node_id'))
    )
    with op.batch_alter_table('graph_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_graph_alias_alias'), ['alias'], unique=False)
        batch_op.create_index(batch_op.f('ix_graph_alias_node_id'), ['node_id'], unique=False)

    op.create_table('graph_edge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('src_id', sa.Integer(), nullable=False),
    sa.Column('dst_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('span_text', sa.String(length=500), nullable=True),
    sa.Column('extractor', sa.String(length=40), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('observed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attrs', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_graph_edge_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['dst_id'], ['graph_node.id'], name=op.f('fk_graph_edge_dst_id_graph_node'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['src_id'], ['graph_node.id'], name=op.f('fk_graph_edge_src_id_graph_node'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_edge')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_graph_edge_fingerprint'))
    )
    with op.batch_alter_table('graph_edge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_graph_edge_src_id'), ['src_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_graph_edge_dst_id'), ['dst_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_graph_edge_type'), ['type'], unique=False)
        batch_op.create_index(batch_op.f('ix_graph_edge_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    op.drop_table('graph_edge')
    op.drop_table('graph_alias')
    op.drop_table('graph_node')
    op.drop_table('document_attachment')
    op.drop_table('document')
