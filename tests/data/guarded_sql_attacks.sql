-- Known text-to-SQL attacks on guarded SQL. Each entry starts with a "-- @@ name" line and
-- runs to the next one; every entry must be refused on SQLite and on PostgreSQL.
-- The books hold a user whose password hash must never come back.

-- @@ stacked delete
SELECT customer FROM ask_orders; DELETE FROM partner
-- @@ stacked drop
SELECT 1; DROP TABLE app_user
-- @@ stacked read of credentials
SELECT customer FROM ask_orders; SELECT password_hash FROM app_user
-- @@ stacked commit then write
SELECT 1; COMMIT; UPDATE app_user SET role = 'admin'
-- @@ empty statement between
SELECT customer FROM ask_orders;; UPDATE app_user SET role = 'admin'
-- @@ line comment hides nothing
SELECT customer FROM ask_orders -- harmless?
; DELETE FROM partner
-- @@ block comment before a second statement
SELECT customer FROM ask_orders /* x */; DELETE FROM partner
-- @@ comments as whitespace
SELECT/**/password_hash/**/FROM/**/app_user
-- @@ union through comments
SELECT customer FROM ask_orders UNION/**/SELECT password_hash FROM app_user
-- @@ comment closes early on SQLite
SELECT customer FROM ask_orders WHERE 1 = 1 /* a */ UNION SELECT password_hash FROM app_user -- */
-- @@ union all
SELECT customer FROM ask_orders UNION ALL SELECT password_hash FROM app_user
-- @@ intersect and except
SELECT customer FROM ask_orders EXCEPT SELECT password_hash FROM app_user
-- @@ scalar subquery
SELECT customer, (SELECT password_hash FROM app_user LIMIT 1) AS h FROM ask_orders
-- @@ subquery in where
SELECT customer FROM ask_orders WHERE customer IN (SELECT password_hash FROM app_user)
-- @@ exists probe
SELECT count(*) FROM ask_orders WHERE EXISTS (SELECT 1 FROM app_user WHERE role = 'admin')
-- @@ derived table
SELECT * FROM (SELECT password_hash FROM app_user) AS ask_orders
-- @@ alias named like a view
SELECT ask_orders.password_hash FROM app_user AS ask_orders
-- @@ CTE shadows a view with a forbidden body
WITH ask_orders AS (SELECT username AS customer, password_hash AS country FROM app_user) SELECT customer, country FROM ask_orders
-- @@ CTE named like the table it reads
WITH app_user AS (SELECT * FROM app_user) SELECT password_hash FROM app_user
-- @@ CTE in a subquery lends its name to the outer query
SELECT password_hash FROM app_user WHERE 1 IN (WITH app_user AS (SELECT 1 AS a) SELECT a FROM app_user)
-- @@ CTE in a derived table lends its name to a sibling
SELECT u.password_hash FROM ask_orders, (WITH app_user AS (SELECT 1 AS a) SELECT a FROM app_user) AS x, app_user AS u
-- @@ CTE shadowing inside a subquery
SELECT * FROM (WITH ask_customers AS (SELECT password_hash AS customer FROM app_user) SELECT customer FROM ask_customers) AS t
-- @@ CTE reads a later CTE
WITH a AS (SELECT * FROM b), b AS (SELECT password_hash FROM app_user) SELECT * FROM a
-- @@ CTE with a forbidden join
WITH x AS (SELECT * FROM ask_orders) SELECT * FROM x, app_user
-- @@ recursive CTE
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r
-- @@ implicitly recursive CTE (SQLite)
WITH r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r
-- @@ data-modifying CTE
WITH d AS (DELETE FROM partner RETURNING *) SELECT * FROM d
-- @@ data-modifying CTE beside a view
WITH u AS (UPDATE app_user SET role = 'admin' RETURNING 1) SELECT * FROM ask_orders
-- @@ double-quoted identifier
SELECT password_hash FROM "app_user"
-- @@ bracket identifier (SQLite)
SELECT password_hash FROM [app_user]
-- @@ backtick identifier
SELECT password_hash FROM `app_user`
-- @@ quoted identifier smuggling a statement
SELECT * FROM "ask_orders""; DELETE FROM partner; --"
-- @@ unicode-escaped identifier (PostgreSQL U&)
SELECT * FROM U&"app\0075ser"
-- @@ cyrillic homoglyph in a view name
SELECT * FROM аsk_orders
-- @@ zero-width space after a view name
SELECT * FROM ask_orders​
-- @@ fullwidth semicolon
SELECT 1；DELETE FROM partner
-- @@ fullwidth keywords
ＳＥＬＥＣＴ password_hash ＦＲＯＭ app_user
-- @@ right-to-left override around a name
SELECT * FROM ‮resu_ppa‬
-- @@ schema-qualified table
SELECT password_hash FROM public.app_user
-- @@ schema-qualified view
SELECT * FROM public.ask_orders
-- @@ database-qualified table (SQLite)
SELECT password_hash FROM main.app_user
-- @@ temp schema
SELECT * FROM temp.ask_orders
-- @@ catalog-qualified view
SELECT * FROM smarterp.public.ask_orders
-- @@ schema-qualified column
SELECT public.ask_orders.customer FROM ask_orders
-- @@ pg_catalog authid
SELECT rolname, rolpassword FROM pg_catalog.pg_authid
-- @@ pg_shadow
SELECT usename, passwd FROM pg_shadow
-- @@ pg_user
SELECT usename, passwd FROM pg_user
-- @@ pg_settings
SELECT name, setting FROM pg_settings
-- @@ pg_stat_activity
SELECT query FROM pg_stat_activity
-- @@ pg_tables through a subquery
SELECT customer FROM ask_orders WHERE customer IN (SELECT tablename FROM pg_tables)
-- @@ pg_class oid
SELECT * FROM ask_orders WHERE order_id = (SELECT oid FROM pg_class LIMIT 1)
-- @@ information_schema
SELECT table_name FROM information_schema.tables
-- @@ information_schema columns
SELECT column_name FROM information_schema.columns WHERE table_name = 'app_user'
-- @@ sqlite_master
SELECT sql FROM sqlite_master
-- @@ sqlite_schema
SELECT name FROM sqlite_schema
-- @@ sqlite_temp_master
SELECT sql FROM sqlite_temp_master
-- @@ pragma table function
SELECT * FROM pragma_table_info('app_user')
-- @@ pragma statement
PRAGMA table_info(app_user)
-- @@ pragma turns writes back on
PRAGMA query_only = OFF
-- @@ writable schema
PRAGMA writable_schema = ON
-- @@ attach
ATTACH DATABASE '/tmp/guarded_sql_attack.db' AS x
-- @@ attach without keyword
ATTACH '/etc/passwd' AS p
-- @@ vacuum into
VACUUM INTO '/tmp/guarded_sql_copy.db'
-- @@ load_extension
SELECT load_extension('/tmp/evil.so')
-- @@ readfile
SELECT readfile('/etc/passwd')
-- @@ writefile
SELECT writefile('/tmp/guarded_sql_x', 'y')
-- @@ fts3_tokenizer pointer leak
SELECT fts3_tokenizer('simple')
-- @@ sqlite_version fingerprint
SELECT sqlite_version()
-- @@ huge blob
SELECT zeroblob(1000000000)
-- @@ random blob
SELECT randomblob(1000000000)
-- @@ printf amplification
SELECT printf('%.*c', 1000000000, 'x')
-- @@ copy to file
COPY app_user TO '/tmp/guarded_sql_users.csv'
-- @@ copy to program
COPY (SELECT * FROM app_user) TO PROGRAM 'id'
-- @@ dblink call
SELECT dblink('host=127.0.0.1 user=postgres', 'SELECT 1')
-- @@ dblink as a table
SELECT * FROM dblink('dbname=postgres', 'SELECT password_hash FROM app_user') AS t(h text)
-- @@ lo_import
SELECT lo_import('/etc/passwd')
-- @@ lo_export
SELECT lo_export(1, '/tmp/guarded_sql_lo')
-- @@ pg_read_file
SELECT pg_read_file('/etc/passwd')
-- @@ pg_read_binary_file
SELECT pg_read_binary_file('pg_hba.conf')
-- @@ pg_ls_dir
SELECT pg_ls_dir('.')
-- @@ pg_stat_file
SELECT pg_stat_file('postgresql.conf')
-- @@ qualified pg_read_file
SELECT pg_catalog.pg_read_file('/etc/passwd')
-- @@ quoted function name
SELECT "pg_read_file"('/etc/passwd')
-- @@ upper-case function name
SELECT PG_READ_FILE('/etc/passwd')
-- @@ comment between function name and parenthesis
SELECT pg_read_file/**/('/etc/passwd')
-- @@ query_to_xml
SELECT query_to_xml('select password_hash from app_user', true, false, '')
-- @@ query_to_xml beside a view
SELECT customer, query_to_xml('select password_hash from app_user', true, false, '') FROM ask_orders
-- @@ table_to_xml
SELECT table_to_xml('app_user', true, false, '')
-- @@ database_to_xml
SELECT database_to_xml(true, false, '')
-- @@ ts_stat runs query text
SELECT * FROM ts_stat('select to_tsvector(password_hash) from app_user')
-- @@ xml external entity
SELECT xmlparse(document '<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')
-- @@ set_config role
SELECT set_config('role', 'postgres', true)
-- @@ set_config resets the role
SELECT set_config('role', 'none', true), current_user
-- @@ set_config statement timeout
SELECT set_config('statement_timeout', '0', true)
-- @@ current_setting
SELECT current_setting('data_directory')
-- @@ current_setting in a window
SELECT count(*) OVER (PARTITION BY current_setting('server_version')) FROM ask_orders
-- @@ version
SELECT version()
-- @@ current_user
SELECT current_user
-- @@ pg_sleep
SELECT pg_sleep(10)
-- @@ pg_sleep in order by
SELECT customer FROM ask_orders ORDER BY pg_sleep(1)
-- @@ terminate backends
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
-- @@ advisory lock outlives the query
SELECT pg_advisory_lock(1)
-- @@ nextval writes
SELECT nextval('docno_so')
-- @@ notify
SELECT pg_notify('x', 'y')
-- @@ regclass cast
SELECT 'app_user'::regclass
-- @@ xml cast
SELECT '<x/>'::xml
-- @@ row_to_json of a table
SELECT row_to_json(u) FROM app_user AS u
-- @@ generate_series
SELECT * FROM generate_series(1, 1000000000)
-- @@ unnest
SELECT * FROM unnest(ARRAY[1, 2])
-- @@ json_each (SQLite)
SELECT * FROM json_each('[1,2]')
-- @@ repeat amplification
SELECT repeat('x', 1000000000)
-- @@ lpad amplification
SELECT lpad('x', 1000000000, 'y')
-- @@ replace amplification
SELECT replace(replace(replace('xx', 'x', 'xxxxxxxx'), 'x', 'xxxxxxxx'), 'x', 'xxxxxxxx')
-- @@ lateral
SELECT * FROM ask_orders, LATERAL (SELECT password_hash FROM app_user) AS x
-- @@ values
VALUES ((SELECT password_hash FROM app_user LIMIT 1))
-- @@ table statement
TABLE app_user
-- @@ select into
SELECT * INTO stolen FROM ask_orders
-- @@ for update
SELECT * FROM ask_orders FOR UPDATE
-- @@ for share nowait
SELECT * FROM ask_orders FOR SHARE NOWAIT
-- @@ insert
INSERT INTO partner (name) VALUES ('x')
-- @@ update
UPDATE app_user SET role = 'admin'
-- @@ delete from a view
DELETE FROM ask_orders
-- @@ drop view
DROP VIEW ask_orders
-- @@ create table as
CREATE TABLE stolen AS SELECT password_hash FROM app_user
-- @@ truncate
TRUNCATE partner
-- @@ grant
GRANT ALL ON app_user TO PUBLIC
-- @@ set role
SET ROLE postgres
-- @@ reset role
RESET ROLE
-- @@ begin
BEGIN
-- @@ do block
DO $$ BEGIN DELETE FROM partner; END $$
-- @@ call
CALL something()
-- @@ explain analyze
EXPLAIN ANALYZE DELETE FROM partner
-- @@ explain
EXPLAIN SELECT * FROM app_user
-- @@ prepare
PREPARE p AS SELECT password_hash FROM app_user
-- @@ listen
LISTEN x
-- @@ positional parameter
SELECT customer FROM ask_orders WHERE customer = $1
-- @@ named parameter
SELECT customer FROM ask_orders WHERE customer = :name
-- @@ question-mark parameter
SELECT customer FROM ask_orders WHERE customer = ?
-- @@ group by a subquery
SELECT count(*) FROM ask_orders GROUP BY (SELECT password_hash FROM app_user LIMIT 1)
-- @@ tablesample
SELECT customer FROM ask_orders TABLESAMPLE SYSTEM (50)
