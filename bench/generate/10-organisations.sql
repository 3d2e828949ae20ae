-- Organisations: the board's partners by name first (government bodies with their acronyms and aliases, chambers,
-- development partners), then generated companies, associations, universities and civil-society groups up to
-- 20,000 × scale. Ids are given explicitly so that later files can compute them; 99-finish.sql moves the identity
-- sequences past them.
create table bench.known_organisation (id int primary key, name text, acronym text, type text, sector text, alias text);
insert into bench.known_organisation (id, name, acronym, type, sector, alias) values
 (1, 'Planning and Development Board', 'P&D Board', 'GOVERNMENT', 'Planning and development', 'Planning & Development Board'),
 (2, 'Punjab Board of Investment and Trade', 'PBIT', 'GOVERNMENT', 'Investment and trade promotion', 'Punjab Board of Investment & Trade'),
 (3, 'Punjab Information Technology Board', 'PITB', 'GOVERNMENT', 'Information technology', null),
 (4, 'Industries, Commerce, Investment and Skills Development Department', 'ICI&SDD', 'GOVERNMENT', 'Industry and commerce', 'Industries Department'),
 (5, 'Finance Department', 'FD', 'GOVERNMENT', 'Public finance', null),
 (6, 'Agriculture Department', null, 'GOVERNMENT', 'Agriculture', null),
 (7, 'Technical Education and Vocational Training Authority', 'TEVTA', 'GOVERNMENT', 'Technical education', null),
 (8, 'Punjab Small Industries Corporation', 'PSIC', 'GOVERNMENT', 'Small industries', null),
 (9, 'Punjab Skills Development Fund', 'PSDF', 'GOVERNMENT', 'Skills', null),
 (10, 'Federal Board of Revenue', 'FBR', 'GOVERNMENT', 'Taxation', null),
 (11, 'Securities and Exchange Commission of Pakistan', 'SECP', 'GOVERNMENT', 'Corporate regulation', null),
 (12, 'Punjab Revenue Authority', 'PRA', 'GOVERNMENT', 'Taxation', null),
 (13, 'Punjab Procurement Regulatory Authority', 'PPRA', 'GOVERNMENT', 'Public procurement', null),
 (14, 'Higher Education Department', 'HED', 'GOVERNMENT', 'Higher education', null),
 (15, 'School Education Department', 'SED', 'GOVERNMENT', 'School education', null),
 (16, 'Energy Department', null, 'GOVERNMENT', 'Energy', null),
 (17, 'Irrigation Department', null, 'GOVERNMENT', 'Irrigation', null),
 (18, 'Environment Protection Department', 'EPD', 'GOVERNMENT', 'Environment', null),
 (19, 'Punjab Food Authority', 'PFA', 'GOVERNMENT', 'Food safety', null),
 (20, 'Lahore Development Authority', 'LDA', 'GOVERNMENT', 'Urban development', null),
 (21, 'Water and Sanitation Agency Lahore', 'WASA', 'GOVERNMENT', 'Water and sanitation', null),
 (22, 'Punjab Industrial Estates Development and Management Company', 'PIEDMC', 'GOVERNMENT', 'Industrial estates', null),
 (23, 'Faisalabad Industrial Estate Development and Management Company', 'FIEDMC', 'GOVERNMENT', 'Industrial estates', null),
 (24, 'Punjab Energy Efficiency and Conservation Agency', 'PEECA', 'GOVERNMENT', 'Energy efficiency', null),
 (25, 'Small and Medium Enterprises Development Authority', 'SMEDA', 'GOVERNMENT', 'Small business', null),
 (26, 'Board of Investment', 'BOI', 'GOVERNMENT', 'Investment promotion', null),
 (27, 'Ministry of Commerce', 'MoC', 'GOVERNMENT', 'Trade policy', null),
 (28, 'State Bank of Pakistan', 'SBP', 'GOVERNMENT', 'Banking', null),
 (29, 'Punjab Agricultural Research Board', 'PARB', 'GOVERNMENT', 'Agricultural research', null),
 (30, 'The Urban Unit', null, 'GOVERNMENT', 'Urban planning', null),
 (31, 'Local Government and Community Development Department', 'LG&CD', 'GOVERNMENT', 'Local government', null),
 (32, 'Housing, Urban Development and Public Health Engineering Department', 'HUD&PHED', 'GOVERNMENT', 'Housing', null),
 (33, 'Primary and Secondary Healthcare Department', 'P&SHD', 'GOVERNMENT', 'Health', null),
 (34, 'Livestock and Dairy Development Department', 'L&DD', 'GOVERNMENT', 'Livestock', null),
 (35, 'Mines and Minerals Department', null, 'GOVERNMENT', 'Mining', null),
 (36, 'Tourism Department', null, 'GOVERNMENT', 'Tourism', null),
 (37, 'Bureau of Statistics Punjab', 'BOS', 'GOVERNMENT', 'Statistics', null),
 (38, 'Transport Department', null, 'GOVERNMENT', 'Transport', null),
 (39, 'Labour and Human Resource Department', null, 'GOVERNMENT', 'Labour', null),
 (40, 'Punjab Bank', 'BOP', 'GOVERNMENT', 'Banking', 'Bank of Punjab'),
 (41, 'Lahore Chamber of Commerce and Industry', 'LCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (42, 'Faisalabad Chamber of Commerce and Industry', 'FCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (43, 'Rawalpindi Chamber of Commerce and Industry', 'RCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (44, 'Sialkot Chamber of Commerce and Industry', 'SCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (45, 'Multan Chamber of Commerce and Industry', 'MCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (46, 'Gujranwala Chamber of Commerce and Industry', 'GCCI', 'INDUSTRY_ASSOCIATION', 'Trade and industry', null),
 (47, 'All Pakistan Textile Mills Association', 'APTMA', 'INDUSTRY_ASSOCIATION', 'Textiles', null),
 (48, 'Pakistan Software Houses Association', 'P@SHA', 'INDUSTRY_ASSOCIATION', 'Software', null),
 (49, 'Pakistan Hosiery Manufacturers and Exporters Association', 'PHMA', 'INDUSTRY_ASSOCIATION', 'Hosiery', null),
 (50, 'Surgical Instruments Manufacturers Association of Pakistan', 'SIMAP', 'INDUSTRY_ASSOCIATION', 'Surgical instruments', null),
 (51, 'World Bank', 'WB', 'DEVELOPMENT_PARTNER', 'Development finance', null),
 (52, 'Asian Development Bank', 'ADB', 'DEVELOPMENT_PARTNER', 'Development finance', null),
 (53, 'United Nations Development Programme', 'UNDP', 'DEVELOPMENT_PARTNER', 'Development', null),
 (54, 'Japan International Cooperation Agency', 'JICA', 'DEVELOPMENT_PARTNER', 'Development', null),
 (55, 'Deutsche Gesellschaft für Internationale Zusammenarbeit', 'GIZ', 'DEVELOPMENT_PARTNER', 'Development', null),
 (56, 'International Labour Organization', 'ILO', 'DEVELOPMENT_PARTNER', 'Labour', null),
 (57, 'Food and Agriculture Organization', 'FAO', 'DEVELOPMENT_PARTNER', 'Agriculture', null),
 (58, 'Lahore University of Management Sciences', 'LUMS', 'ACADEMIA', 'Higher education', null),
 (59, 'University of the Punjab', 'PU', 'ACADEMIA', 'Higher education', 'Punjab University'),
 (60, 'University of Agriculture Faisalabad', 'UAF', 'ACADEMIA', 'Agricultural research', null),
 (61, 'پنجاب سمال انڈسٹریز ایسوسی ایشن', null, 'INDUSTRY_ASSOCIATION', 'چھوٹی صنعتیں', null),
 (62, 'انجمن تاجران لاہور', null, 'CIVIL_SOCIETY', 'تجارت', null);

-- Government bodies hold most of the board's people and chair its sessions; 99-finish.sql checks this stays true.
create function bench.government_count() returns int language sql immutable as $$ select 40 $$;

insert into organisation (id, name, acronym, type, sector, created_at, updated_at)
select id, name, acronym, type, sector, timestamptz '2015-01-01 09:00+05', timestamptz '2015-01-01 09:00+05'
from bench.known_organisation;

insert into organisation_alias (organisation_id, alias)
select id, alias from bench.known_organisation where alias is not null;

-- Generated organisations. Each kind walks its own space of name combinations in a scrambled but repeatable order
-- (i * a prime, modulo the size of the space), so names stay unique until the space is used up; past that a
-- number is appended.
insert into organisation (id, name, type, sector, created_at, updated_at)
select id, name || case when rn > 1 then ' ' || rn else '' end, type, sector, created_at, created_at
from (
    select g.id, g.name, g.type, g.sector, g.created_at,
           row_number() over (partition by lower(g.name) order by g.id) as rn
    from (
        select 62 + i as id,
               case
                   when i % 20 = 0 then k.city || ' ' || k.industry || ' Manufacturers Association'
                   when i % 20 = 1 then k.brand || ' ' || k.civil_form || ' ' || k.city
                   when i % 20 = 2 then k.brand || ' ' || k.academic_form || ', ' || k.city
                   else c.brand || ' ' || c.industry || ' ' || c.form
               end as name,
               case i % 20 when 0 then 'INDUSTRY_ASSOCIATION' when 1 then 'CIVIL_SOCIETY' when 2 then 'ACADEMIA'
                           else 'PRIVATE_SECTOR' end as type,
               case i % 20 when 0 then k.industry when 1 then null when 2 then null else c.industry end as sector,
               timestamptz '2015-01-01 09:00+05' + (bench.h(i, 18) % 3650) * interval '1 day' as created_at
        from generate_series(1, (20000 * :scale)::int - 62) i
        cross join lateral (
            select (bench.brands())[1 + (i * 7919) % cardinality(bench.brands())] as brand,
                   (bench.industries())[1 + ((i * 7919) / cardinality(bench.brands())) % cardinality(bench.industries())] as industry,
                   (bench.company_forms())[1 + ((i * 7919) / (cardinality(bench.brands()) * cardinality(bench.industries())))
                                       % cardinality(bench.company_forms())] as form
        ) c
        cross join lateral (
            select (bench.cities())[1 + (i / 20) % cardinality(bench.cities())] as city,
                   (bench.industries())[1 + (i / 20 / cardinality(bench.cities())) % cardinality(bench.industries())] as industry,
                   (bench.brands())[1 + (i / 20 / cardinality(bench.cities())) % cardinality(bench.brands())] as brand,
                   (bench.civil_forms())[1 + (i / 20 / cardinality(bench.cities()) / cardinality(bench.brands()))
                                 % cardinality(bench.civil_forms())] as civil_form,
                   (bench.academic_forms())[1 + (i / 20 / cardinality(bench.cities()) / cardinality(bench.brands()))
                                    % cardinality(bench.academic_forms())] as academic_form
        ) k
    ) g
) numbered;
