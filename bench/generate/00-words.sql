-- Word lists the generator draws from, kept in a scratch schema "bench" that 99-finish.sql drops again.
-- bench.h(i, salt) is a deterministic hash in [0, 2^31): the same scale always gives the same data.
create schema bench;

create function bench.h(i bigint, salt int) returns bigint
    language sql immutable parallel safe
    as $$ select abs(hashint8extended(i, salt)) % 2147483648 $$;

-- One element of an array, picked by hash.
create function bench.pick(words text[], i bigint, salt int) returns text
    language sql immutable parallel safe
    as $$ select words[1 + bench.h(i, salt) % cardinality(words)] $$;

-- Lower case for use inside a sentence, except for acronyms ("IT hardware" stays as it is).
create function bench.lc(words text) returns text
    language sql immutable parallel safe
    as $$ select case when words ~ '^[A-Z][a-z ]' then lower(left(words, 1)) || substr(words, 2) else words end $$;

create table bench.words as select
    array['Muhammad', 'Ahmad', 'Ali', 'Hassan', 'Usman', 'Bilal', 'Imran', 'Kamran', 'Asif', 'Tariq', 'Naveed',
          'Faisal', 'Adnan', 'Waqas', 'Sajid', 'Zahid', 'Khalid', 'Shahid', 'Abdul', 'Omer', 'Hamza', 'Saad',
          'Junaid', 'Irfan', 'Rizwan', 'Atif', 'Salman', 'Nabeel', 'Asad', 'Farhan', 'Ayesha', 'Fatima', 'Sana',
          'Maryam', 'Saima', 'Nadia', 'Rabia', 'Amna', 'Hina', 'Sadia', 'Uzma', 'Samina', 'Shazia', 'Nazia',
          'Zainab', 'Mehwish', 'Farah', 'Kiran', 'Asma', 'Bushra']::text[] as first_names,
    array['Ahmad', 'Khan', 'Malik', 'Sheikh', 'Butt', 'Chaudhry', 'Qureshi', 'Hashmi', 'Gillani', 'Awan', 'Rana',
          'Bhatti', 'Cheema', 'Warraich', 'Gondal', 'Tarar', 'Ranjha', 'Aftab', 'Latif', 'Tufail', 'Rashid',
          'Yousaf', 'Afzal', 'Iqbal', 'Javed', 'Saleem', 'Siddiqui', 'Mirza', 'Baig', 'Abbasi', 'Niazi', 'Khokhar',
          'Sandhu', 'Bajwa', 'Dogar', 'Rehman', 'Zafar', 'Anwar', 'Nawaz', 'Hussain']::text[] as last_names,
    array['محمد علی', 'احمد رضا', 'فاطمہ بی بی', 'عائشہ خان', 'عثمان بٹ', 'سعدیہ ملک', 'طارق محمود',
          'ناصر اقبال']::text[] as urdu_names,
    array['Dr', 'Dr', 'Dr', 'Engr.', 'Engr.', 'Barrister', 'Prof.', 'Mian', 'Ch.', 'Syed', 'Mr', 'Ms', 'Mrs',
          'Rana']::text[] as honorifics,
    array['Secretary', 'Additional Secretary', 'Deputy Secretary', 'Section Officer', 'Director General',
          'Director', 'Deputy Director', 'Chief Economist', 'Member (Industries)', 'Member (Infrastructure)',
          'Chief (IT)', 'Chief (Governance)', 'Chief (Industries)', 'Research Officer', 'Planning Officer',
          'Project Director', 'Chairman', 'Chief Executive Officer']::text[] as government_designations,
    array['Chief Executive Officer', 'Chief Operating Officer', 'Managing Director', 'Director Operations',
          'General Manager', 'Head of Supply Chain', 'Head of Exports', 'Chief Financial Officer', 'Owner',
          'Plant Manager', 'Head of Research and Development', 'Company Secretary']::text[] as private_designations,
    array['President', 'Senior Vice President', 'Vice President', 'Secretary General', 'Executive Member',
          'Convener, Standing Committee on Taxation', 'Convener, Standing Committee on Exports',
          'Former President']::text[] as association_designations,
    array['Vice Chancellor', 'Professor', 'Associate Professor', 'Assistant Professor', 'Dean',
          'Director ORIC', 'Head of Department', 'Research Fellow']::text[] as academic_designations,
    array['Country Director', 'Programme Officer', 'Senior Economist', 'Team Leader', 'Technical Adviser',
          'Portfolio Manager']::text[] as partner_designations,
    array['Executive Director', 'Programme Manager', 'Founder', 'Coordinator', 'Advocacy Officer',
          'Board Member']::text[] as civil_designations,
    array['Lahore', 'Faisalabad', 'Rawalpindi', 'Multan', 'Gujranwala', 'Sialkot', 'Bahawalpur', 'Sargodha',
          'Sahiwal', 'Sheikhupura', 'Jhang', 'Rahim Yar Khan', 'Gujrat', 'Kasur', 'Okara', 'Dera Ghazi Khan',
          'Chiniot', 'Kamoke', 'Wazirabad', 'Hafizabad', 'Mandi Bahauddin', 'Jhelum', 'Attock', 'Chakwal',
          'Khanewal', 'Vehari', 'Muzaffargarh', 'Mianwali', 'Bhakkar', 'Layyah']::text[] as cities,
    array['Crescent', 'Nishat', 'Sapphire', 'Kohinoor', 'Gulshan', 'Shalimar', 'Ravi', 'Chenab', 'Indus',
          'Jhelum', 'Margalla', 'Pak', 'Punjab', 'Al-Noor', 'Al-Karam', 'Sitara', 'Falcon', 'Eagle', 'Star',
          'Crown', 'Royal', 'Prime', 'Unique', 'Rehmat', 'Barkat', 'Madina', 'Hilal', 'Zamzam', 'Noor', 'Ittehad',
          'Fazal', 'Saif', 'Ghani', 'Tariq', 'Sadiq', 'Kamal', 'Jamal', 'Rafhan', 'Master', 'Metro', 'Orient',
          'Horizon', 'Summit', 'Pinnacle', 'Evergreen', 'Green Valley', 'Blue Sky', 'Silver', 'Golden',
          'Diamond', 'Ocean', 'Vision', 'Future', 'Smart', 'Digital', 'Allied', 'United', 'National', 'Popular',
          'Superior', 'Classic', 'Modern', 'Premier', 'Elite', 'Apex', 'Zenith', 'Galaxy', 'Orbit', 'Nova',
          'Vertex', 'Airlink', 'Viper', 'Roboart', 'Dysol', 'Shan', 'Mehran', 'Sohni', 'Sheen', 'Taj', 'Qasr']::text[]
        as brands,
    array['Textile', 'Spinning', 'Weaving', 'Garments', 'Hosiery', 'Denim', 'Leather', 'Footwear',
          'Surgical Instruments', 'Sports Goods', 'Cutlery', 'Ceramics', 'Furniture', 'Rice', 'Flour', 'Sugar',
          'Dairy', 'Poultry', 'Feeds', 'Seeds', 'Fertilisers', 'Pesticides', 'Agro', 'Fruit Processing',
          'Steel', 'Engineering', 'Auto Parts', 'Electrical', 'Fans', 'Electronics', 'IT Hardware', 'Software',
          'Solar', 'Energy', 'Cement', 'Chemicals', 'Pharmaceuticals', 'Plastics', 'Packaging', 'Printing',
          'Logistics', 'Cold Storage', 'Builders', 'Construction', 'Marble', 'Glass', 'Paper', 'Tiles',
          'Cables', 'Motors']::text[] as industries,
    array['(Pvt) Ltd', 'Limited', 'Industries', 'Mills', 'Enterprises', 'Traders', 'Group',
          'Manufacturing Company']::text[] as company_forms,
    array['Foundation', 'Welfare Trust', 'Development Society', 'Rights Forum', 'Citizens Network',
          'Women Entrepreneurs Forum', 'Consumer Association']::text[] as civil_forms,
    array['Institute of Technology', 'College of Commerce', 'University of Engineering and Technology',
          'Institute of Management Sciences', 'Agricultural University', 'Textile Institute',
          'Institute of Information Technology', 'Women University']::text[] as academic_forms,
    array['IT hardware manufacturing', 'Textile exports', 'Special economic zones', 'Agricultural value chains',
          'Renewable energy', 'Skills and technical education', 'Urban water supply', 'SME finance',
          'Public procurement reform', 'Tax facilitation', 'Tourism development', 'Mineral development',
          'Logistics and warehousing', 'Halal food exports', 'Surgical instruments cluster', 'Sports goods cluster',
          'Leather and footwear', 'Dairy and livestock', 'Rice exports', 'Cotton and ginning',
          'Housing and urban development', 'Industrial estates', 'Women entrepreneurship', 'Digital government',
          'Startups and innovation', 'Climate resilience', 'Solid waste management', 'Public transport',
          'Health sector reform', 'School education', 'Higher education and research', 'Energy efficiency',
          'Electric vehicles', 'Pharmaceutical manufacturing', 'Furniture exports', 'Cold chain infrastructure',
          'Small industries development', 'Ease of doing business', 'Land records', 'Irrigation efficiency']::text[]
        as themes,
    array['صنعتی ترقی', 'زرعی شعبہ', 'برآمدات میں اضافہ', 'ہنرمندی کی تربیت', 'توانائی کا بحران',
          'چھوٹے کاروبار', 'شہری ترقی', 'ٹیکس میں سہولت']::text[] as urdu_themes,
    array['P&D Board Complex', 'Committee Room, Civil Secretariat', 'Chamber of Commerce and Industry',
          'Arfa Software Technology Park', 'Expo Centre', 'Punjab Civil Officers Mess', 'Board of Investment Hall',
          'Committee Room, Industries Department', 'University Senate Hall', 'Deputy Commissioner Office',
          'Online (video link)']::text[] as venues,
    array['Consultation with manufacturers on', 'Stakeholder consultation:', 'Review meeting on',
          'Working group on', 'Public hearing on', 'Roundtable with industry on', 'Follow-up meeting on',
          'Policy dialogue on', 'Technical committee on', 'Pre-budget consultation on']::text[] as title_openings,
    array['TRADE_AND_IMPORTS', 'TAXATION', 'PUBLIC_PROCUREMENT', 'RESEARCH_AND_INNOVATION', 'SKILLS',
          'INFRASTRUCTURE', 'FINANCE', 'REGULATION', 'OTHER']::text[] as categories,
    -- Issue titles per category, in the order of the categories above; %s is an industry.
    array['Goods entering through unofficial channels undercut %s producers',
          'Delays in clearing imported %s raw materials at dry ports',
          'Anti-dumping duties on %s inputs raise costs',
          'Sales tax refunds for %s exporters held up for months',
          'Tax burden on local %s manufacturing',
          'Minimum tax regime hurts small %s units',
          'Government buyers prefer imported %s products',
          'Procurement rules shut out small %s suppliers',
          'Late payment of government bills to %s vendors',
          'No shared testing laboratory for the %s sector',
          'Research and development in %s is underfunded',
          'Universities and %s firms rarely work together',
          'Shortage of trained technicians in %s',
          'Technical training does not match what %s employers need',
          'Women find few openings in %s work',
          'Unreliable electricity supply to %s units',
          'Poor roads to %s clusters raise freight costs',
          'Industrial estate plots for %s lie vacant',
          'Bank credit for %s SMEs is scarce and costly',
          'Export finance scheme does not reach %s exporters',
          'Collateral demands keep %s startups from borrowing',
          'Overlapping inspections of %s units',
          'Licences for new %s units take too long',
          'Environmental compliance costs for %s units',
          'Data on the %s sector is out of date',
          'Coordination between departments on %s is weak',
          'Branding of Punjab %s abroad is weak']::text[] as issue_titles,
    array['Restrict %s imports through unofficial channels',
          'Set up a one-window facility for %s import clearance',
          'Review duties on raw materials for %s',
          'Clear pending sales tax refunds of %s exporters within 60 days',
          'Examine tax relaxations for local %s manufacturers',
          'Simplify the tax regime for small %s units',
          'Let government departments buy locally made %s products',
          'Reserve a share of public purchases for small %s suppliers',
          'Pay government bills to %s vendors within 30 days',
          'Establish a common testing laboratory for %s',
          'Fund joint research projects in %s',
          'Create an industry-academia linkage cell for %s',
          'Launch a technician training programme for %s',
          'Revise TEVTA curricula with %s employers',
          'Offer internships for women in %s',
          'Give %s clusters a dedicated electricity feeder',
          'Upgrade access roads to %s clusters',
          'Cancel and re-allot vacant %s plots in industrial estates',
          'Start a subsidised credit line for %s SMEs',
          'Widen the export finance scheme to %s exporters',
          'Introduce a credit guarantee scheme for %s startups',
          'Merge inspections of %s units into one annual visit',
          'Issue licences for %s units online within 15 days',
          'Share the cost of effluent treatment for %s units',
          'Conduct a census of %s establishments',
          'Form an inter-departmental committee on %s',
          'Hold a Punjab %s exhibition abroad every year']::text[] as recommendation_titles,
    array['Participants said that this has grown worse over the last two years and asked for a decision before the next budget.',
          'The matter was discussed at length; several members gave examples from their own units.',
          'Members noted that neighbouring provinces have already acted on this and Punjab is falling behind.',
          'The chair asked the department concerned to bring figures to the next meeting.',
          'It was pointed out that small and medium units feel this most, as they cannot absorb the cost.',
          'Representatives agreed that the problem is well known and that a time-bound plan is needed.']::text[]
        as sentences,
    array['شرکاء نے کہا کہ یہ مسئلہ پچھلے دو سال میں بڑھ گیا ہے اور اگلے بجٹ سے پہلے فیصلہ ضروری ہے۔',
          'اجلاس میں اس معاملے پر تفصیل سے بات ہوئی اور متعلقہ محکمے کو رپورٹ پیش کرنے کی ہدایت کی گئی۔',
          'چیئرمین نے کہا کہ حکومت پنجاب مقامی صنعت کے ساتھ مل کر کام کرے گی۔']::text[] as urdu_sentences,
    array['official.ahmed', 'official.fatima', 'official.tariq', 'official.sana', 'official.bilal',
          'official.hina']::text[] as officials;

-- Each list as a function returning a constant: the planner folds the call into the plan, whereas reading the
-- arrays from the (large, hence TOASTed) row again for every generated row costs a decompression each time.
do $$
declare
    list text;
    words text[];
begin
    for list in select column_name from information_schema.columns
                where table_schema = 'bench' and table_name = 'words' loop
        execute format('select %I from bench.words', list) into words;
        execute format('create function bench.%I() returns text[] language sql immutable parallel safe as %L',
                       list, format('select %L::text[]', words));
    end loop;
end $$;
